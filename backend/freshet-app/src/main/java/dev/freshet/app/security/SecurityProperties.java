package dev.freshet.app.security;

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
 * @param secretKey the AES-256 key (32 bytes, Base64) that encrypts the secrets sources learn at run time,
 *     such as Notion's verification token (environment: {@code FRESHET_SECURITY_SECRET_KEY}); when unset, a
 *     key is generated at first start and kept in {@code <data-dir>/secret.key} (readable by its owner only)
 */
@ConfigurationProperties("freshet.security")
public record SecurityProperties(@DefaultValue("admin") String adminUser, @Nullable String adminPassword,
    @Nullable String secretKey) {

  /** Never print the password or the key. */
  @Override
  public String toString() {
    return "SecurityProperties[adminUser=" + adminUser + "]";
  }
}
