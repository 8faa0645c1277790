package dev.freshet.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0);

  @Test
  void delaysGrowExponentiallyWithJitterBetweenHalfAndAllOfTheStep() {
    RandomGenerator random = new SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      assertThat(backoff.delay(1, random)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
      assertThat(backoff.delay(3, random)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }
  }

  @Test
  void delaysStopGrowingAtTheMaximum() {
    RandomGenerator random = new SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      assertThat(backoff.delay(40, random)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
    }
  }

  @Test
  void jitterSpreadsRetriesOfManyFailures() {
    RandomGenerator random = new SplittableRandom(7);
    long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delay(2, random)).distinct().count();
    assertThat(distinct).isGreaterThan(25);
  }
}
