package dev.freshet.connector.notion;

import java.util.Locale;

/** Notion's ids are UUIDs written with or without dashes; subjects use the dashed, lowercase form. */
final class NotionIds {

  private NotionIds() {}

  static String normalize(String id) {
    String hex = id.strip().replace("-", "").toLowerCase(Locale.ROOT);
    if (!hex.matches("[0-9a-f]{32}")) {
      return id.strip();
    }
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
        + hex.substring(16, 20) + "-" + hex.substring(20);
  }

  static boolean isId(String id) {
    return id.replace("-", "").matches("[0-9a-fA-F]{32}");
  }
}
