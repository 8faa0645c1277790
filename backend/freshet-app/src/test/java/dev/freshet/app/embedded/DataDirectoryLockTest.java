package dev.freshet.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

  @TempDir
  Path dataDir;

  @Test
  void aSecondFreshetOnTheSameDataDirectoryIsRefusedWithTheProperty() {
    Path postgres = dataDir.resolve("postgres");
    try (DataDirectoryLock first = DataDirectoryLock.acquire(postgres)) {
      assertThatThrownBy(() -> DataDirectoryLock.acquire(postgres))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Another Freshet is running with the data directory " + dataDir)
          .hasMessageContaining("freshet.data-dir");
    }
    DataDirectoryLock.acquire(postgres).close(); // released: the next start takes it
    assertThat(dataDir.resolve("postgres.lock")).exists();
  }
}
