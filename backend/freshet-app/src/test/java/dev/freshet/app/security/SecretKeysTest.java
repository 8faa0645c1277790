package dev.freshet.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.error.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeysTest {

  @TempDir
  Path dataDir;

  @Test
  void aGeneratedKeyIsKeptInTheDataDirectoryReadableByItsOwnerOnlyAndReusedAtTheNextStart() throws Exception {
    SecretKey first = SecretKeys.resolve(null, dataDir);
    SecretKey again = SecretKeys.resolve(" ", dataDir);

    assertThat(first.getEncoded()).hasSize(32).isEqualTo(again.getEncoded());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("secret.key"))))
        .isEqualTo("rw-------");
  }

  @Test
  void aConfiguredKeyWinsAndABadOneNamesThePropertyAndTheFix() {
    byte[] key = new byte[32];
    key[0] = 7;
    assertThat(SecretKeys.resolve(Base64.getEncoder().encodeToString(key), dataDir).getEncoded()).isEqualTo(key);
    assertThat(dataDir.resolve("secret.key")).doesNotExist();

    assertThatThrownBy(() -> SecretKeys.resolve("c2hvcnQ=", dataDir)).isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("freshet.security.secret-key: the key in freshet.security.secret-key is not 32")
        .hasMessageContaining("head -c 32 /dev/urandom | base64");
    assertThatThrownBy(() -> SecretKeys.resolve("not base64!", dataDir)).isInstanceOf(ConfigurationException.class);
  }
}
