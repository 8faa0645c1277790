package dev.freshet.core.search;

import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.StoredChunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): a chunk's fused score is the sum over the retrievers
 * that found it of {@code 1 / (60 + rank)}. Ranks, not scores, so BM25's unbounded scores and cosine similarities
 * need no calibration against each other; a chunk both retrievers rank well beats one that only one ranks first.
 * Scaled so that first in every list is 1.
 */
final class Fusion {

  /** The constant of the original paper, which Elasticsearch, OpenSearch and Vespa also default to. */
  static final int RANK_CONSTANT = 60;

  /** A chunk with its score in the search's mode and its rank in each retriever that found it. */
  record Ranked(StoredChunk chunk, double score, Map<String, Integer> retrievers) {}

  private Fusion() {}

  /** One retriever's hits as they are. */
  static List<Ranked> single(String retriever, List<SearchHit> hits) {
    List<Ranked> ranked = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      ranked.add(new Ranked(hits.get(i).chunk(), hits.get(i).score(), Map.of(retriever, i + 1)));
    }
    return ranked;
  }

  /** The retrievers' hits fused, best first; ties keep the order of the lists. */
  static List<Ranked> reciprocalRank(Map<String, List<SearchHit>> lists) {
    Map<String, StoredChunk> chunks = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> ranks = new LinkedHashMap<>();
    double best = lists.size() / (double) (RANK_CONSTANT + 1);
    lists.forEach((retriever, hits) -> {
      for (int i = 0; i < hits.size(); i++) {
        StoredChunk chunk = hits.get(i).chunk();
        chunks.putIfAbsent(chunk.id(), chunk);
        scores.merge(chunk.id(), 1.0 / (RANK_CONSTANT + i + 1) / best, Double::sum);
        ranks.computeIfAbsent(chunk.id(), id -> new LinkedHashMap<>()).putIfAbsent(retriever, i + 1);
      }
    });
    List<Ranked> fused = new ArrayList<>(chunks.size());
    chunks.forEach((id, chunk) -> fused.add(new Ranked(chunk, scores.get(id), Map.copyOf(ranks.get(id)))));
    fused.sort(Comparator.comparingDouble(Ranked::score).reversed());
    return fused;
  }
}
