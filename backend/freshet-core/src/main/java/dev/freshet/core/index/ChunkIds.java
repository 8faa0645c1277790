package dev.freshet.core.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Deterministic chunk ids: a name-based UUID of (subject, index, SHA-256 of the text). The same chunk
 * always gets the same id, so a redelivered event overwrites rather than duplicates.
 */
public final class ChunkIds {

  private ChunkIds() {}

  public static String of(String subject, int index, String text) {
    return ofHash(subject, index, sha256(text));
  }

  /** The id of a chunk whose text has the given {@link #sha256} hash. */
  static String ofHash(String subject, int index, String textHash) {
    String name = subject + "\n" + index + "\n" + textHash;
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
