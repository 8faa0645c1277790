package dev.freshet.core.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * Writes the parts of each identifier after it ({@code shared_buffers shared buffers}, {@code maxConnectionsPerRoute
 * max Connections Per Route}, {@code java.util.List java util List}), so that a language analyzer reads them as words,
 * stemmed like any other: a question that says "shared buffer" finds {@code shared_buffers}. Neither Lucene's standard
 * tokenizer nor PostgreSQL's parser splits all of these (the first keeps {@code snake_case}, {@code camelCase} and
 * dotted names whole; the second does not split {@code camelCase}), so both stores read text and queries through this
 * first. The whole identifiers are matched exactly by {@link IdentifierAnalyzer}'s field.
 */
final class IdentifierParts {

  /** A token with a joint inside: an underscore, a dot, a colon or a dollar between word characters, or a case change. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.:$]*[\\p{L}\\p{N}]");
  private static final Pattern JOINTS = Pattern.compile("[_.:$]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})");

  private IdentifierParts() {}

  /** The text with each identifier's parts after it. */
  static String expand(String text) {
    Matcher token = TOKEN.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (token.find()) {
      String[] parts = JOINTS.split(token.group());
      if (parts.length > 1) {
        if (out == null) {
          out = new StringBuilder(text.length() + 64);
        }
        out.append(text, copied, token.end());
        for (String part : parts) {
          if (!part.isEmpty()) {
            out.append(' ').append(part);
          }
        }
        copied = token.end();
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * The analyzer reading every text through {@link #expand}. Offsets then no longer point into the original text;
   * nothing here uses them (no highlighting, no term vectors).
   */
  static Analyzer wrap(Analyzer analyzer) {
    return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }

      @Override
      protected Reader wrapReader(String fieldName, Reader reader) {
        return new StringReader(expand(read(reader)));
      }
    };
  }

  private static String read(Reader reader) {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[4096];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read text from memory", e);
    }
  }
}
