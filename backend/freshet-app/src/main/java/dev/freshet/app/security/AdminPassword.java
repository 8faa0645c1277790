package dev.freshet.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The administrator's password: configured, or generated once and kept in the data directory (as
 * Jenkins keeps its initial admin password), so restarts keep the same login.
 *
 * @param value the password
 * @param file where a generated password is kept; null when configured
 * @param generatedNow whether this start generated it (the banner prints it only then)
 */
public record AdminPassword(String value, Path file, boolean generatedNow) {

  static AdminPassword resolve(SecurityProperties properties, Path dataDir) {
    Path file = dataDir.resolve("admin-password");
    if (properties.adminPassword() != null && !properties.adminPassword().isBlank()) {
      return new AdminPassword(properties.adminPassword(), file, false);
    }
    try {
      if (Files.exists(file)) {
        return new AdminPassword(Files.readString(file, StandardCharsets.UTF_8).strip(), file, false);
      }
      byte[] random = new byte[15];
      new SecureRandom().nextBytes(random);
      String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.createDirectories(dataDir);
      Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps the directory's default permissions
      }
      return new AdminPassword(generated, file, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write " + file + ": " + e.getMessage()
          + ". Make freshet.data-dir writable, or set FRESHET_SECURITY_ADMIN_PASSWORD.", e);
    }
  }

  @Override
  public String toString() {
    return "AdminPassword[file=" + file + "]";
  }
}
