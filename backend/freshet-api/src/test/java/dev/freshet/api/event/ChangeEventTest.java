package dev.freshet.api.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeEventTest {

  private static ChangeEvent event(String id, String type, int version, Map<String, Object> data) {
    return new ChangeEvent(id, "demo", type, version, "kb:public.articles:1", Operation.UPDATE,
        Instant.parse("2026-01-01T00:00:00Z"), "pg:demo:tx1:lsn1", null, "lsn 0/1", data);
  }

  @Test
  void aValidEventKeepsItsFieldsAndAnImmutableCopyOfItsData() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("b", 1);
    data.put("a", "x");
    ChangeEvent e = event("e1", "document.changed", 1, data);
    data.put("c", 2);

    assertThat(e.data()).containsExactly(Map.entry("b", 1), Map.entry("a", "x"));
    assertThat(e.eventType()).isEqualTo(EventType.DOCUMENT_CHANGED);
    assertThatThrownBy(() -> e.data().put("d", 3)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void blankIdentifiersAreRejectedWithTheFieldName() {
    assertThatThrownBy(() -> event(" ", "document.changed", 1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> new ChangeEvent("e", "demo", "document.changed", 1, "s", Operation.UPDATE,
        Instant.now(), "", null, null, Map.of())).hasMessageContaining("correlationId");
  }

  @Test
  void versionsStartAtOne() {
    assertThatThrownBy(() -> event("e1", "document.changed", 0, Map.of())).hasMessageContaining("version");
  }

  @Test
  void eventTypeNamesAreDottedLogicalNamesNotClassNames() {
    assertThat(new EventType("document.indexed", 2)).hasToString("document.indexed/2");
    assertThatThrownBy(() -> new EventType("dev.freshet.DocumentChanged", 1)).hasMessageContaining("dotted lowercase");
    assertThatThrownBy(() -> new EventType("changed", 1)).hasMessageContaining("dotted lowercase");
  }
}
