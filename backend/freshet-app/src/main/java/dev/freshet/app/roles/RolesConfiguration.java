package dev.freshet.app.roles;

import dev.freshet.core.config.RoleProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the {@link RoleFilter} in front of everything else, security included. */
@Configuration(proxyBeanMethods = false)
class RolesConfiguration {

  @Bean
  FilterRegistrationBean<RoleFilter> roleFilter(RoleProperties roles) {
    FilterRegistrationBean<RoleFilter> registration = new FilterRegistrationBean<>(new RoleFilter(roles));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
