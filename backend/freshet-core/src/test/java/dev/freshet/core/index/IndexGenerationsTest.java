package dev.freshet.core.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.error.UnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IndexGenerationsTest {

  /** The web server answers before the lifecycle opens the index: callers get a retryable "starting", not an NPE. */
  @Test
  void theActiveGenerationIsUnavailableUntilTheIndexIsOpen() {
    IndexGenerations generations = new IndexGenerations(null, null, null, model -> {
      throw new AssertionError("nothing is opened");
    });

    assertThatThrownBy(generations::active).isInstanceOf(UnavailableException.class)
        .hasMessageContaining("Freshet is still starting")
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((UnavailableException) e).retryAfter())
            .contains(Duration.ofSeconds(1)));
  }
}
