package dev.freshet.ui;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the views share: formats, the signed-in user, notifications, payload and diff panes. */
final class Console {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
  static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private Console() {}

  /** A picker's local date and time as an instant, in the server's zone (the zone the console shows times in). */
  static @Nullable Instant instant(@Nullable LocalDateTime time) {
    return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
  }

  static String time(@Nullable Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  /** A duration as people read it: 12 ms, 3.4 s, 5 min, 2 h. */
  static String duration(Duration d) {
    long ms = d.toMillis();
    if (ms < 1_000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format("%.1f s", ms / 1000.0);
    }
    if (ms < 3_600_000) {
      return ms / 60_000 + " min";
    }
    return String.format("%.1f h", ms / 3_600_000.0);
  }

  static String millis(@Nullable Double ms) {
    return ms == null ? "–" : ms < 10 ? String.format("%.1f ms", ms) : duration(Duration.ofMillis(Math.round(ms)));
  }

  /** The signed-in user's name, for the audit log. */
  static String actor(AuthenticationContext authentication) {
    return authentication.getPrincipalName().orElse("unknown");
  }

  /**
   * Whether the user may change state. Controls that change state are hidden from viewers; a hidden Vaadin
   * component receives no events, so this is enforced on the server, not only in the browser.
   */
  static boolean operator(AuthenticationContext authentication) {
    return authentication.hasRole("OPERATOR");
  }

  static void notify(boolean done, String message) {
    Notification.show(message, done ? 4000 : 8000, Notification.Position.BOTTOM_START)
        .addThemeVariants(done ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
  }

  static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  /** A scrolling, wrapping pane for JSON and diffs. */
  static Pre pane(String maxHeight) {
    Pre pre = new Pre();
    pre.getStyle().set("white-space", "pre-wrap").set("max-height", maxHeight).set("overflow", "auto")
        .set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
    pre.setWidthFull();
    return pre;
  }

  /** A unified diff of two texts, line by line; "(no difference)" when they are equal. */
  static String diff(String beforeName, @Nullable String before, String afterName, @Nullable String after) {
    List<String> a = before == null ? List.of() : before.lines().toList();
    List<String> b = after == null ? List.of() : after.lines().toList();
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, a, DiffUtils.diff(a, b), 3);
    return lines.isEmpty() ? "(no difference)" : String.join("\n", lines);
  }
}
