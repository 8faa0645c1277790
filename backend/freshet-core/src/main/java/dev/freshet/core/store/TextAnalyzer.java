package dev.freshet.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How keyword search reads a source's text: a language's analyzer (words split, lowercased, stop words dropped,
 * stemmed) or {@code standard} (split and lowercased only). Each has a Lucene analyzer and the PostgreSQL text search
 * configuration that does the same, so both stores read a source alike. Each reads identifiers' parts as words
 * ({@link IdentifierParts}); the whole identifiers are read by {@link IdentifierAnalyzer} beside any of them.
 */
public enum TextAnalyzer {
  ENGLISH(EnglishAnalyzer::new, "english"),
  STANDARD(StandardAnalyzer::new, "simple"),
  DANISH(DanishAnalyzer::new, "danish"),
  DUTCH(DutchAnalyzer::new, "dutch"),
  FINNISH(FinnishAnalyzer::new, "finnish"),
  FRENCH(FrenchAnalyzer::new, "french"),
  GERMAN(GermanAnalyzer::new, "german"),
  ITALIAN(ItalianAnalyzer::new, "italian"),
  NORWEGIAN(NorwegianAnalyzer::new, "norwegian"),
  PORTUGUESE(PortugueseAnalyzer::new, "portuguese"),
  RUSSIAN(RussianAnalyzer::new, "russian"),
  SPANISH(SpanishAnalyzer::new, "spanish"),
  SWEDISH(SwedishAnalyzer::new, "swedish");

  /**
   * The version of keyword analysis, part of an index generation's settings (e.g. {@code structured:800:0 outline:2
   * keywords:3}): when an upgrade reads text differently, the first start builds a new generation in the background,
   * its vectors from the embedding cache. 2: identifiers' parts read as words; 3: a section header's identifiers weigh
   * more.
   */
  public static final String ANALYSIS = "keywords:3";

  /** The most distinct terms a query contributes per field. */
  static final int MAX_QUERY_TERMS = 128;

  private final Analyzer lucene;
  private final String postgresConfig;

  TextAnalyzer(Supplier<Analyzer> lucene, String postgresConfig) {
    // thread-safe: Lucene analyzers keep their token streams per thread
    this.lucene = IdentifierParts.wrap(lucene.get());
    this.postgresConfig = postgresConfig;
  }

  /** The name used in configuration and on chunks, e.g. {@code english}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  Analyzer lucene() {
    return lucene;
  }

  /** The PostgreSQL text search configuration that reads text as this analyzer does. */
  String postgresConfig() {
    return postgresConfig;
  }

  /**
   * The analyzer of a name.
   *
   * @throws IllegalArgumentException naming the known ones
   */
  public static TextAnalyzer of(String id) {
    for (TextAnalyzer analyzer : values()) {
      if (analyzer.id().equals(id)) {
        return analyzer;
      }
    }
    throw new IllegalArgumentException("unknown analyzer '" + id + "'; known: " + ids());
  }

  /** The names of every analyzer, e.g. for an error message. */
  public static String ids() {
    return Arrays.stream(values()).map(TextAnalyzer::id).collect(Collectors.joining(", "));
  }

  /** The distinct terms an analyzer makes of a text, in order, at most {@code limit}. */
  static List<String> terms(Analyzer analyzer, String field, String text, int limit) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && terms.size() < limit) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze text from memory", e);
    }
    return List.copyOf(terms);
  }
}
