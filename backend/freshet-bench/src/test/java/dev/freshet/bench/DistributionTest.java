package dev.freshet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void percentilesAreMeasuredValuesByNearestRank() {
    Distribution d = Distribution.of(IntStream.rangeClosed(1, 200).boxed().toList());

    assertThat(d.n()).isEqualTo(200);
    assertThat(d.p50()).isEqualTo(100);
    assertThat(d.p95()).isEqualTo(190);
    assertThat(d.p99()).isEqualTo(198);
    assertThat(d.min()).isEqualTo(1);
    assertThat(d.max()).isEqualTo(200);
    assertThat(d.mean()).isEqualTo(100.5);
  }

  @Test
  void aSingleValueIsEveryPercentile() {
    Distribution d = Distribution.of(List.of(7.5));

    assertThat(List.of(d.p50(), d.p99(), d.min(), d.max())).containsOnly(7.5);
  }

  @Test
  void unsortedInputIsSortedFirst() {
    assertThat(Distribution.of(List.of(9, 1, 5, 3, 7)).p50()).isEqualTo(5);
  }

  @Test
  void nothingToSummariseIsAnError() {
    assertThatThrownBy(() -> Distribution.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
