package dev.freshet.core.store;

import dev.freshet.api.store.StoredChunk;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Reads the identifiers in a text, so that keyword search finds them by their exact spelling and by their parts:
 * {@code camelCase}, {@code snake_case}, dotted names ({@code java.util.List}), paths and flags ({@code
 * --max-old-space-size}) become the whole token, lowercased, and its parts ({@code max}, {@code old}, ...). Plain
 * words are left to the language analyzer beside it (they would only count twice). Language analyzers cannot do
 * this: the standard tokenizer splits {@code --max-old-space-size} into words and keeps {@code snake_case} and
 * {@code maxOldSpaceSize} whole, so neither the flag nor the parts of the others match.
 */
final class IdentifierAnalyzer extends Analyzer {

  /** The one instance; thread-safe like every Lucene analyzer. */
  static final IdentifierAnalyzer INSTANCE = new IdentifierAnalyzer();

  /** Characters that end a token; the rest of punctuation may be inside an identifier. */
  private static final String SEPARATORS = ",;()[]{}<>\"'`=|!?*&+~^\\";
  private static final int PARTS = WordDelimiterGraphFilter.PRESERVE_ORIGINAL
      | WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
      | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;

  private IdentifierAnalyzer() {}

  /** The identifier terms of a text: each identifier whole, then its parts; distinct, lowercased; all of them. */
  static List<String> terms(String text) {
    return TextAnalyzer.terms(INSTANCE, "ident", text, Integer.MAX_VALUE);
  }

  /**
   * The header the structured splitter starts a chunk with ({@code Title › Section › Subsection}): its first line,
   * when that ends with the chunk's {@code section}; empty for a chunk without one. An identifier there names what the
   * section defines (a setting, an option, a function), so keyword search weighs it more than a mention elsewhere.
   */
  static String header(StoredChunk chunk) {
    String section = chunk.metadata().getOrDefault("section", "");
    int end = chunk.text().indexOf('\n');
    String first = end < 0 ? chunk.text() : chunk.text().substring(0, end);
    return !section.isEmpty() && first.endsWith(section) ? first : "";
  }

  /** A query's identifiers and their parts, at most {@value TextAnalyzer#MAX_QUERY_TERMS}. */
  static List<String> queryTerms(String text) {
    return TextAnalyzer.terms(INSTANCE, "ident", text, TextAnalyzer.MAX_QUERY_TERMS);
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    Tokenizer source = CharTokenizer.fromSeparatorCharPredicate(c -> Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0);
    TokenStream tokens = new IdentifiersOnly(source);
    tokens = new WordDelimiterGraphFilter(tokens, PARTS, null);
    tokens = new LowerCaseFilter(tokens);
    return new TokenStreamComponents(source, new FlattenGraphFilter(tokens));
  }

  /** Trims the punctuation around a token (a sentence's full stop, a colon) and keeps it only if it is an identifier. */
  private static final class IdentifiersOnly extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    IdentifiersOnly(TokenStream input) {
      super(input);
    }

    @Override
    protected boolean accept() {
      char[] chars = term.buffer();
      int end = term.length();
      while (end > 0 && !Character.isLetterOrDigit(chars[end - 1]) && chars[end - 1] != '_') {
        end--;
      }
      int start = 0;
      while (start < end && ".:/".indexOf(chars[start]) >= 0) {
        start++;
      }
      if (start > 0) {
        System.arraycopy(chars, start, chars, 0, end - start);
      }
      term.setLength(end - start);
      if (!isIdentifier(term)) {
        return false;
      }
      int dashes = 0; // a flag is found by its name, as written in prose or in a command line: -x, --name
      while (dashes < term.length() - 2 && term.charAt(dashes) == '-') {
        dashes++;
      }
      if (dashes > 0) {
        System.arraycopy(chars, dashes, chars, 0, term.length() - dashes);
        term.setLength(term.length() - dashes);
      }
      return true;
    }
  }

  /**
   * Whether a trimmed token is an identifier: it has a letter and punctuation inside ({@code a.b}, {@code a_b},
   * {@code a::b}, {@code a/b}), a flag's or annotation's lead ({@code --x}, {@code @X}), a lowercase letter followed by
   * an uppercase one, or a digit.
   */
  static boolean isIdentifier(CharSequence token) {
    int length = token.length();
    boolean letter = false;
    boolean digit = false;
    boolean marked = false;
    for (int i = 0; i < length; i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(token.charAt(i - 1))) {
          marked = true;
        }
      } else if (Character.isDigit(c)) {
        digit = true;
      } else if (c == '_') {
        marked = true;
      } else if (i > 0 && i < length - 1 || "-@#$".indexOf(c) >= 0) {
        marked = true; // punctuation inside (the ends are trimmed), or a flag's or an annotation's lead
      }
    }
    return letter && (marked || digit) && length > 1;
  }
}
