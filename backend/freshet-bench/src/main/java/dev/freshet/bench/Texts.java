package dev.freshet.bench;

import java.util.SplittableRandom;

/**
 * Deterministic knowledge-base prose: sentences of common words, so the model sees text of realistic token
 * density (about four characters per token). Each text carries its own number, so no two are equal and the
 * embedding cache never answers for them.
 */
final class Texts {

  private static final String[] WORDS = ("replication slot index search freshness change event source table row "
      + "document chunk vector model embedding update delete insert commit transaction database schema query "
      + "latency throughput backlog agent trace correlation dead letter retry operator console webhook push page "
      + "repository branch file markdown paragraph sentence token cache generation snapshot stream position "
      + "watermark durable ordered subject version payload signature secret health metric alert team knowledge "
      + "article guide reference release deploy cluster worker partition offset consumer producer topic broker "
      + "the a of to and in for with on is that by this from as are be it at or an will can when which after").split(" ");

  private final SplittableRandom random;

  Texts(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A paragraph of about {@code chars} characters (within a sentence's length), ending with a full stop. */
  String paragraph(int chars) {
    StringBuilder out = new StringBuilder(chars + 80);
    while (out.length() < chars) {
      int words = 8 + random.nextInt(12);
      StringBuilder sentence = new StringBuilder();
      for (int i = 0; i < words; i++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
            .append(i == words - 1 ? ". " : " ");
      }
      if (out.length() + sentence.length() > chars + 40 && !out.isEmpty()) {
        break;
      }
      out.append(sentence);
    }
    return out.toString().trim();
  }

  /** A paragraph of {@code min} to {@code max} characters. */
  String paragraph(int min, int max) {
    return paragraph(min + random.nextInt(max - min + 1));
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }
}
