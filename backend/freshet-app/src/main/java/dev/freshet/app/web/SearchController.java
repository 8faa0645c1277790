package dev.freshet.app.web;

import dev.freshet.core.search.SearchResult;
import dev.freshet.core.search.SearchService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Semantic search over the index. */
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
      description = "The k chunks closest in meaning to q. Add filter.<metadata key>=<value> parameters to keep "
          + "only chunks whose metadata match, e.g. filter.author=Ada%20Okafor or filter.subject=kb:public.articles:42.")
  List<SearchResult> search(
      @RequestParam @Parameter(description = "the text to search for") String q,
      @RequestParam(defaultValue = "5") @Parameter(description = "how many chunks, 1 to 100") int k,
      @RequestParam @Parameter(hidden = true) Map<String, String> params) {
    Map<String, String> filter = new LinkedHashMap<>();
    params.forEach((key, value) -> {
      if (key.startsWith(FILTER) && key.length() > FILTER.length()) {
        filter.put(key.substring(FILTER.length()), value);
      }
    });
    return search.search(q, k, filter);
  }
}
