package dev.freshet.app.security;

import dev.freshet.api.error.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The AES-256 key that encrypts sources' run-time secrets in the state database: configured
 * ({@code freshet.security.secret-key}), or generated once into {@code <data-dir>/secret.key}. Kept apart
 * from the database on purpose: a copy of the database alone does not reveal the secrets.
 */
final class SecretKeys {

  static final String PROPERTY = "freshet.security.secret-key";

  private SecretKeys() {}

  static SecretKey resolve(@Nullable String configured, Path dataDir) {
    if (configured != null && !configured.isBlank()) {
      return parse(configured.strip(), PROPERTY);
    }
    Path file = dataDir.resolve("secret.key");
    try {
      if (Files.exists(file)) {
        return parse(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
      }
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.createDirectories(dataDir);
      Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps the directory's default permissions
      }
      return new SecretKeySpec(key, "AES");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write " + file + ": " + e.getMessage()
          + ". Make freshet.data-dir writable, or set FRESHET_SECURITY_SECRET_KEY.", e);
    }
  }

  private static SecretKey parse(String base64, String where) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      key = new byte[0];
    }
    if (key.length != 32) {
      throw new ConfigurationException(PROPERTY, "the key in " + where + " is not 32 Base64-encoded bytes",
          "Generate one with: head -c 32 /dev/urandom | base64");
    }
    return new SecretKeySpec(key, "AES");
  }
}
