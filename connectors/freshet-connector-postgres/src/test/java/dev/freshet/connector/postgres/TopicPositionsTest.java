package dev.freshet.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class TopicPositionsTest {

  @Test
  void offsetsOfDottedTopicsSurviveTheRoundTripInAStableOrder() {
    Map<TopicPartition, Long> offsets = Map.of(new TopicPartition("crm.public.notes", 1), 42L,
        new TopicPartition("crm.public.notes", 0), 7L, new TopicPartition("crm.public.a-b_c", 0), 0L);

    String position = TopicPositions.format(offsets);

    assertThat(position).isEqualTo("crm.public.a-b_c:0=0;crm.public.notes:0=7;crm.public.notes:1=42");
    assertThat(TopicPositions.parse(position)).isEqualTo(offsets);
  }

  @Test
  void aPositionOfAnotherSourceTypeIsRefusedWithWhatWasRead() {
    assertThatThrownBy(() -> TopicPositions.parse("lsn 0/16B3748"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lsn 0/16B3748");
  }
}
