package dev.freshet.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.store.VectorStore;
import dev.freshet.core.store.PgVectorStoreFactory;
import dev.freshet.testkit.KafkaBroker;
import dev.freshet.testkit.LocalPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distributed topology in processes: one Freshet with the sources, two workers, events on Kafka (a broker in this
 * JVM), vectors in pgvector (the machine's PostgreSQL with the extension, see {@link LocalPostgres}), state in an
 * external PostgreSQL. A worker is killed (SIGKILL) in the middle of a steady stream of changes: the other takes its
 * partitions, and in the end the index holds exactly the source's documents, each chunk once.
 */
class KafkaWorkersIT {

  @RegisterExtension
  static final LocalPostgres vectors = LocalPostgres.withExtension("vector");

  private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);

  @TempDir
  Path dir;

  @Test
  void aWorkerKilledMidStreamLosesNothingAndLeavesNoDuplicateChunk() throws Exception {
    long seed = Long.getLong("freshet.reliability.seed", System.nanoTime());
    System.out.println("KafkaWorkersIT: seed " + seed);
    try (KafkaBroker broker = KafkaBroker.start();
        ReliabilityRig rig = ReliabilityRig.create(dir, "kafka-workers", "--freshet.transport.type=kafka",
            "--freshet.transport.kafka.bootstrap-servers=" + broker.bootstrapServers(),
            "--freshet.transport.kafka.partitions=6", "--freshet.store.type=pgvector",
            "--freshet.store.pgvector.url=" + vectors.jdbcUrl(), "--freshet.store.pgvector.username=postgres");
        SourceWriter writer = new SourceWriter(rig::sourceUrl, seed, 10)) {
      FreshetProcess sources = rig.launchInstance("sources", "--freshet.roles=sources,console");
      FreshetProcess doomed = rig.launchInstance("worker-1", "--freshet.roles=workers");
      FreshetProcess survivor = rig.launchInstance("worker-2", "--freshet.roles=workers");
      for (FreshetProcess instance : List.of(sources, doomed, survivor)) {
        instance.awaitReady(ReliabilityRig.START_TIMEOUT);
      }
      writer.start();
      // the kill must hit work in progress, however fast this machine is: the stream indexed, and a backlog
      String done = "select count(*) from delivery where agent = 'indexer' and status = 'DONE'";
      await().atMost(ReliabilityRig.CATCH_UP_TIMEOUT).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
          .until(() -> rig.state(done) >= 50 && rig.state(UNFINISHED_CHANGES) >= 5);
      long doneBeforeKill = rig.state(done);
      long waitingAtKill = rig.state(UNFINISHED_CHANGES);
      long killedAt = rig.state("select (extract(epoch from clock_timestamp()) * 1000)::bigint");
      doomed.kill();
      FreshetProcess.sleep(6_000);
      writer.stop();
      rig.awaitCaughtUp();
      awaitSettled(rig);
      System.out.println("KafkaWorkersIT: killed worker-1 with " + doneBeforeKill + " deliveries done and "
          + waitingAtKill + " logged changes not yet indexed; " + writer.committed() + " changes committed, "
          + rig.state("select count(*) from event_log") + " events logged, "
          + rig.state("select count(*) from delivery where attempts > 1") + " deliveries run more than once");
      survivor.stop();
      sources.stop();

      assertThat(rig.state("select count(*) from delivery where agent = 'indexer' and status = 'DONE' "
          + "and updated_at > to_timestamp(? / 1000.0)", killedAt)).as("and after it, by the survivor").isPositive();
      long active = rig.state("select id from index_generation where status = 'ACTIVE'");
      try (PgVectorStoreFactory factory = PgVectorStoreFactory.connecting(vectors.jdbcUrl(), "postgres", null,
          "freshet_chunks", "freshet.store.pgvector.url"); VectorStore store = factory.open("g" + active)) {
        assertThat(rig.check(writer.liveSequences(), store)).as("differences between the index and the source")
            .isEmpty();
      }
      assertThat(rig.state("select count(*) from dead_letter")).as("dead letters").isZero();
    }
  }

  /** Changes in the log whose indexing has no outcome yet: in the outbox, on the topic, or running. */
  private static final String UNFINISHED_CHANGES = """
      select count(*) from event_log e where e.type = 'document.changed' and not exists (
        select 1 from delivery d where d.event_seq = e.seq and d.agent = 'indexer'
          and d.status in ('DONE', 'SKIPPED', 'COALESCED', 'DEAD'))""";

  /** Until every event some agent handles has its outcome: none waits in the outbox, on the topic or in a run. */
  private static void awaitSettled(ReliabilityRig rig) {
    long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      long waiting = rig.state("select count(*) from event_outbox")
          + rig.state("select count(*) from delivery where status in ('PENDING', 'RUNNING')")
          + rig.state(UNFINISHED_CHANGES);
      if (waiting == 0) {
        return;
      }
      FreshetProcess.sleep(200);
    }
    throw new AssertionError("events still waiting after " + SETTLE_TIMEOUT);
  }
}
