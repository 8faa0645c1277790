package dev.freshet.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.store.StoredChunk;
import dev.freshet.app.TestClient;
import dev.freshet.core.index.ChunkIds;
import dev.freshet.core.store.LuceneVectorStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The differential test of the drift audit: a long random mix of inserts, text edits, updates of other columns,
 * deletes, renames (a changed primary key), multi-row statements and a truncate, with Freshet killed once and
 * restarted gracefully once along the way; then the audit (the API a user calls) must report zero drift, and
 * agree with the rig's own check. Then drift of every kind is planted in the index while Freshet is down, and
 * the audit must report exactly that.
 */
class DriftIT {

  private static final int STEPS = 600;
  private static final long FIRST_ID = 3_000_000;

  @TempDir
  Path dir;

  @Test
  void aLongRandomMixLeavesNoDriftAndTheAuditReportsPlantedDriftOfEveryKind() throws Exception {
    long seed = Long.getLong("freshet.reliability.seed", System.nanoTime());
    System.out.println("DriftIT: " + STEPS + " steps, seed " + seed);
    Random random = new Random(seed);
    try (ReliabilityRig rig = ReliabilityRig.create(dir, "drift")) {
      rig.start();
      List<Long> live = new ArrayList<>();
      long next = FIRST_ID;
      for (int step = 0; step < STEPS; step++) {
        if (step == 200) {
          rig.freshet().kill(); // an injected failure: whatever was in flight
          rig.start();
        } else if (step == 300) {
          rig.sourceUpdate("truncate articles");
          live.clear();
        } else if (step == 450) {
          rig.freshet().stop();
          rig.start();
        }
        int dice = random.nextInt(100);
        if (dice < 35 || live.size() < 10) {
          long id = next++;
          rig.sourceUpdate("insert into articles (id, title, body, author, tags) values (?, ?, ?, 'Drift', ?)", id,
              "Document " + id, body(random, 1 + random.nextInt(4)), new String[] {"drift"});
          live.add(id);
        } else if (dice < 55) {
          rig.sourceUpdate("update articles set body = ? where id = ?", body(random, 1 + random.nextInt(4)),
              pick(live, random));
        } else if (dice < 65) {
          rig.sourceUpdate("update articles set views = views + 1, tags = ? where id = ?",
              new String[] {"drift", "v" + random.nextInt(3)}, pick(live, random));
        } else if (dice < 75) {
          long id = live.remove(random.nextInt(live.size()));
          rig.sourceUpdate("delete from articles where id = ?", id);
        } else if (dice < 85) { // a rename: the row's key changes, so its document moves to another subject
          int at = random.nextInt(live.size());
          long id = next++;
          rig.sourceUpdate("update articles set id = ?, title = ? where id = ?", id, "Renamed " + id, live.get(at));
          live.set(at, id);
        } else {
          rig.sourceUpdate("update articles set title = title || '.' where id = any(?)", (Object) new Long[] {
              pick(live, random), pick(live, random), pick(live, random)});
        }
        FreshetProcess.sleep(15);
      }
      rig.awaitCaughtUp();

      JsonNode clean = rig.freshet().api().post("/api/drift-audit").json();
      System.out.println("DriftIT: clean audit " + clean);
      List<String> stories = StreamSupport.stream(clean.get("differences").spliterator(), false)
          .map(d -> d.get("subject").asString() + ": " + rig.history(d.get("subject").asString())).toList();
      assertThat(clean.get("differenceCount").asLong()).as("seed %d, %s; %s", seed, clean, stories).isZero();
      assertThat(clean.get("inFlight").asLong()).isZero();
      long rows = rig.source("select count(*) from articles");
      assertThat(clean.get("documents").asLong()).as("documents compared").isEqualTo(rows);
      assertThat(clean.get("notes")).isEmpty();
      rig.freshet().stop();
      assertThat(rig.check(List.of())).as("the rig's own check agrees").isEmpty();

      // plant drift of every kind in the index while Freshet is down
      List<String> subjects = live.stream().map(id -> "kb:public.articles:" + id).toList();
      long active = rig.state("select id from index_generation where status = 'ACTIVE'");
      Map<String, String> planted = new HashMap<>();
      try (LuceneVectorStore store = new LuceneVectorStore(rig.dataDir().resolve("index").resolve("g" + active))) {
        store.removeBySubject(subjects.get(0));
        planted.put(subjects.get(0), "MISSING");

        StoredChunk first = store.chunksOf(subjects.get(1)).get(0);
        String old = "an old version of this paragraph";
        store.replace(first.subject(), List.of(new StoredChunk(ChunkIds.of(first.subject(), 0, old), first.subject(), 0,
            old, first.vector(), first.metadata(), Instant.now())), List.of(first.id()));
        planted.put(subjects.get(1), "STALE");

        StoredChunk relabelled = store.chunksOf(subjects.get(2)).get(0);
        Map<String, String> metadata = new HashMap<>(relabelled.metadata());
        metadata.put("author", "Somebody else");
        store.replace(relabelled.subject(), List.of(new StoredChunk(relabelled.id(), relabelled.subject(), 0,
            relabelled.text(), relabelled.vector(), metadata, Instant.now())), List.of());
        planted.put(subjects.get(2), "METADATA");

        StoredChunk wrong = store.chunksOf(subjects.get(3)).get(0);
        float[] vector = wrong.vector().clone();
        vector[0] = -vector[0];
        store.replace(wrong.subject(), List.of(new StoredChunk(wrong.id(), wrong.subject(), 0, wrong.text(), vector,
            wrong.metadata(), Instant.now())), List.of());
        planted.put(subjects.get(3), "VECTOR");

        String ghost = "kb:public.articles:2999999";
        store.replace(ghost, List.of(new StoredChunk(ChunkIds.of(ghost, 0, "a ghost"), ghost, 0, "a ghost",
            first.vector(), first.metadata(), Instant.now())), List.of());
        planted.put(ghost, "EXTRA");
      }
      rig.start();
      // the web server answers a moment before the index is open: 503 with Retry-After until then
      TestClient.Reply audit = await().atMost(Duration.ofSeconds(60))
          .until(() -> rig.freshet().api().post("/api/drift-audit"), reply -> reply.status() != 503);
      assertThat(audit.status()).as(audit.body()).isEqualTo(200);
      JsonNode drift = audit.json();
      System.out.println("DriftIT: planted drift " + drift);
      Map<String, String> found = new HashMap<>();
      StreamSupport.stream(drift.get("differences").spliterator(), false)
          .forEach(d -> found.put(d.get("subject").asString(), d.get("kind").asString()));
      assertThat(found).isEqualTo(planted);
      assertThat(drift.get("differenceCount").asLong()).isEqualTo(planted.size());
      rig.freshet().stop();
    }
  }

  private static long pick(List<Long> live, Random random) {
    return live.get(random.nextInt(live.size()));
  }

  private static String body(Random random, int paragraphs) {
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        body.append("\n\n");
      }
      int words = 20 + random.nextInt(140);
      for (int w = 0; w < words; w++) {
        body.append(w == 0 ? "" : " ").append(Long.toString(random.nextLong(1L << 40), 36));
      }
    }
    return body.toString();
  }
}
