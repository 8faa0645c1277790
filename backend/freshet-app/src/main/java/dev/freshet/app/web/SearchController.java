package dev.freshet.app.web;

import dev.freshet.core.search.SearchMode;
import dev.freshet.core.search.SearchQuery;
import dev.freshet.core.search.SearchResult;
import dev.freshet.core.search.SearchService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search over the index: keyword, vector or hybrid. */
@RestController
@RequestMapping("/api/search")
class SearchController {

  private static final String FILTER = "filter.";

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @GetMapping
  @Operation(summary = "Search the index",
      description = "The k best chunks for q (or documents, with group=document). mode=hybrid (the default) fuses "
          + "keyword (BM25) and vector retrieval by reciprocal rank; each hit names the retrievers that found it and "
          + "its rank in each. Add filter.<metadata key>=<value> parameters to keep only chunks whose metadata match, "
          + "e.g. filter.author=Ada%20Okafor or filter.subject=kb:public.articles:42.")
  List<SearchResult> search(
      @RequestParam @Parameter(description = "the text to search for, at most 1,000 characters") String q,
      @RequestParam(defaultValue = "5") @Parameter(description = "how many hits, 1 to 100") int k,
      @RequestParam(required = false) @Parameter(description = "hybrid (default), vector or keyword") @Nullable String mode,
      @RequestParam(defaultValue = "chunk") @Parameter(description = "chunk, or document: each document once, as its "
          + "best chunk, with matchedChunks") String group,
      @RequestParam(required = false) @Parameter(description = "cut hits scoring below it, on the mode's scale (hybrid: "
          + "0..1, 1 = first in both retrievers; vector: 0..1 similarity; keyword: the store's lexical score)")
          @Nullable Double minScore,
      @RequestParam @Parameter(hidden = true) Map<String, String> params) {
    Map<String, String> filter = new LinkedHashMap<>();
    params.forEach((key, value) -> {
      if (key.startsWith(FILTER) && key.length() > FILTER.length()) {
        filter.put(key.substring(FILTER.length()), value);
      }
    });
    return search.search(new SearchQuery(q, k, filter, mode(mode), byDocument(group), minScore));
  }

  private static @Nullable SearchMode mode(@Nullable String mode) {
    if (mode == null || mode.isBlank()) {
      return null;
    }
    try {
      return SearchMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mode must be hybrid, vector or keyword, was '" + mode + "'");
    }
  }

  private static boolean byDocument(String group) {
    return switch (group.trim().toLowerCase(Locale.ROOT)) {
      case "chunk" -> false;
      case "document" -> true;
      default -> throw new IllegalArgumentException("group must be chunk or document, was '" + group + "'");
    };
  }
}
