package dev.freshet.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much each phase does. {@code full} is the benchmark the docs quote; {@code quick} is a few minutes'
 * look while working on performance; {@code smoke} runs every phase briefly, so the test suite can check that
 * the harness works end to end (it judges nothing by its figures).
 *
 * @param pool single-chunk articles the freshness phases update (each update picks the next one)
 * @param idleSamples changes measured one at a time
 * @param capacityChanges changes written in one transaction to measure the throughput limit
 * @param loadSeconds how long changes arrive at half that limit
 * @param bulkDocuments documents read by the snapshot
 * @param renamed documents one rename touches
 * @param edits one-paragraph edits (and as many non-text updates) of the 50-chunk document
 * @param webhookDeliveries signed push deliveries sent
 * @param webhookSenders deliveries in flight at once
 * @param burstRows rows changed by each round of the memory burst
 * @param burstRounds rounds of the memory burst
 * @param restarts restarts of the built jar timed after its first start
 * @param searchSeconds how long searches are sent from 8 threads to measure searches per second
 */
record Scale(String name, int pool, int idleSamples, int capacityChanges, int loadSeconds, int bulkDocuments,
    int renamed, int edits, int webhookDeliveries, int webhookSenders, int burstRows, int burstRounds, int restarts,
    int searchSeconds) {

  static Scale named(String name) {
    return switch (name) {
      case "full" -> new Scale(name, 1_000, 220, 1_000, 30, 10_000, 20, 10, 10_000, 16, 1_000, 100, 3, 10);
      case "quick" -> new Scale(name, 300, 80, 300, 10, 1_500, 10, 4, 2_000, 16, 300, 30, 1, 5);
      case "smoke" -> new Scale(name, 40, 10, 30, 2, 60, 3, 2, 200, 4, 50, 4, 1, 1);
      default -> throw new IllegalArgumentException("bench.scale must be full, quick or smoke, not " + name);
    };
  }

  Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scale", name);
    m.put("idleSamples", idleSamples);
    m.put("loadSeconds", loadSeconds);
    m.put("bulkDocuments", bulkDocuments);
    m.put("webhookDeliveries", webhookDeliveries);
    m.put("burstChanges", burstRows * burstRounds);
    return m;
  }
}
