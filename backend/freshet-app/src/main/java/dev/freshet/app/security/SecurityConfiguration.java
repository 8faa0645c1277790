package dev.freshet.app.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.freshet.api.error.ConfigurationException;
import dev.freshet.app.FreshetProperties;
import dev.freshet.ui.LoginView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Three filter chains. Webhooks ({@code /webhooks/**}) are open: the source verifies each delivery's
 * signature. The API ({@code /api/**}, actuator, OpenAPI) uses HTTP Basic and no session;
 * without a session cookie there is nothing for a cross-site request to ride on, so CSRF protection
 * is off there. The console uses Vaadin's form login with its own CSRF protection. Only {@code
 * /actuator/health} is open, for probes, and shows details only to signed-in users.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  @Bean
  AdminPassword adminPassword(SecurityProperties properties, FreshetProperties freshet) {
    return AdminPassword.resolve(properties, freshet.dataDir());
  }

  /** The key of the secrets sources learn at run time (see {@link SecretKeys}). */
  @Bean
  SecretKey freshetSecretKey(SecurityProperties properties, FreshetProperties freshet) {
    return SecretKeys.resolve(properties.secretKey(), freshet.dataDir());
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * The administrator (every role) and the configured users: a viewer reads, an operator also changes state.
   * A user without a password stops start-up with the property to set.
   */
  @Bean
  UserDetailsService users(SecurityProperties properties, AdminPassword password, PasswordEncoder encoder) {
    List<UserDetails> users = new ArrayList<>();
    users.add(User.withUsername(properties.adminUser()).password(encoder.encode(password.value()))
        .roles("ADMIN", "OPERATOR", "VIEWER").build());
    properties.users().forEach((name, user) -> {
      String property = "freshet.security.users." + name + ".password";
      if (user.password() == null || user.password().isBlank()) {
        throw new ConfigurationException(property, "missing", "Set the password of user " + name
            + " (environment: FRESHET_SECURITY_USERS_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD)");
      }
      if (name.equals(properties.adminUser())) {
        throw new ConfigurationException("freshet.security.users." + name, "the administrator is configured with "
            + "freshet.security.admin-user and admin-password", "Give the user another name");
      }
      String encoded = user.password().startsWith("{") ? user.password() : encoder.encode(user.password());
      users.add(User.withUsername(name).password(encoded).roles(user.role() == SecurityProperties.Role.OPERATOR
          ? new String[] {"OPERATOR", "VIEWER"} : new String[] {"VIEWER"}).build());
    });
    // only the lookup: an InMemoryUserDetailsManager also updates passwords, and Spring Security then re-encodes a
    // password configured with another encoding (such as {noop}) to bcrypt at its first login, ~65 ms per request
    return new InMemoryUserDetailsManager(users)::loadUserByUsername;
  }

  /**
   * Webhook deliveries are authenticated by the source's signature over the raw body, checked by the
   * source itself; so this chain lets them through without login, session or CSRF token.
   */
  @Bean
  @Order(0)
  SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/webhooks/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
        .authorizeHttpRequests(a -> a
            .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/**").hasRole("OPERATOR")
            .requestMatchers(HttpMethod.DELETE, "/api/**").hasRole("OPERATOR")
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
        .exceptionHandling(e -> e.authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain consoleChain(HttpSecurity http) throws Exception {
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
  }
}
