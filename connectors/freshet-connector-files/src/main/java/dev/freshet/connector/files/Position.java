package dev.freshet.connector.files;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The position of a files source: the content hash of every file handed over, one line each,
 * {@code <sha-256> <path>}. Plain text, so the connector needs no JSON library (it depends on
 * freshet-api alone) and an operator can read it.
 */
final class Position {

  private Position() {}

  static String encode(Map<String, String> hashes) {
    StringBuilder out = new StringBuilder();
    hashes.forEach((path, hash) -> out.append(hash).append(' ').append(path).append('\n'));
    return out.toString();
  }

  static Map<String, String> decode(String position) {
    Map<String, String> hashes = new LinkedHashMap<>();
    position.lines().filter(l -> l.length() > 65).forEach(l -> hashes.put(l.substring(65), l.substring(0, 64)));
    return hashes;
  }
}
