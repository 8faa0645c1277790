package dev.freshet.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.source.TextFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectsTest {

  private final Collection pairs = new Collection("pairs", "app.pairs", null, List.of("a", "b"), List.of("t"), List.of(),
      Map.of(), TextFormat.TEXT);
  private final Subjects subjects = new Subjects("kb", List.of(pairs));

  @Test
  void compositeKeysWithSeparatorsInTheirValuesRoundTrip() {
    String subject = subjects.of(pairs, List.of("x,y", "50%:z+1"));

    assertThat(subject).isEqualTo("kb:app.pairs:x%2Cy,50%25%3Az+1");
    assertThat(subjects.parse(subject)).get().extracting(Subjects.Row::keyValues).isEqualTo(List.of("x,y", "50%:z+1"));
  }

  @Test
  void subjectsOfOtherCollectionsOrWithTheWrongKeyCountDoNotParse() {
    assertThat(subjects.parse("kb:app.other:1,2")).isEmpty();
    assertThat(subjects.parse("kb:app.pairs:1")).isEmpty();
  }
}
