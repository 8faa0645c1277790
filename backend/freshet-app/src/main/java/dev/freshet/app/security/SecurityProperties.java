package dev.freshet.app.security;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the console and the API.
 *
 * @param adminUser the administrator's user name
 * @param adminPassword the administrator's password (environment: {@code FRESHET_SECURITY_ADMIN_PASSWORD});
 *     when unset, a password is generated at first start, printed once and kept in
 *     {@code <data-dir>/admin-password} (readable by its owner only)
 * @param users further users by name, each with a password and a role: {@code viewer} (reads everything) or
 *     {@code operator} (also retries, discards, pauses, re-snapshots and reconciles); environment e.g.
 *     {@code FRESHET_SECURITY_USERS_ALICE_PASSWORD} and {@code FRESHET_SECURITY_USERS_ALICE_ROLE}
 * @param secretKey the AES-256 key (32 bytes, Base64) that encrypts the secrets sources learn at run time,
 *     such as Notion's verification token (environment: {@code FRESHET_SECURITY_SECRET_KEY}); when unset, a
 *     key is generated at first start and kept in {@code <data-dir>/secret.key} (readable by its owner only)
 */
@ConfigurationProperties("freshet.security")
public record SecurityProperties(@DefaultValue("admin") String adminUser, @Nullable String adminPassword,
    @DefaultValue Map<String, User> users, @Nullable String secretKey) {

  /** What a user may do. */
  public enum Role {
    /** Reads every view and API. */
    VIEWER,
    /** Also changes state: retries and discards dead letters, pauses sources, re-snapshots, reconciles. */
    OPERATOR
  }

  /**
   * One user.
   *
   * @param password the password (never logged); may be written with a Spring Security encoding prefix, e.g.
   *     {@code {bcrypt}$2a$...}; without one it is taken as plain text
   * @param role {@code viewer} or {@code operator}
   */
  public record User(@Nullable String password, @DefaultValue("viewer") Role role) {

    /** Never print the password. */
    @Override
    public String toString() {
      return "User[role=" + role + "]";
    }
  }

  /** Never print the password or the key. */
  @Override
  public String toString() {
    return "SecurityProperties[adminUser=" + adminUser + "]";
  }
}
