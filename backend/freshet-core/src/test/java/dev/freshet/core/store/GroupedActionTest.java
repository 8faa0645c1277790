package dev.freshet.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupedActionTest {

  @Test
  void writesAppliedDuringACommitWaitForTheNextOneWhichServesThemAll() throws Exception {
    CountDownLatch firstCommitStarted = new CountDownLatch(1);
    CountDownLatch releaseFirstCommit = new CountDownLatch(1);
    AtomicInteger commits = new AtomicInteger();
    GroupedAction group = new GroupedAction(() -> {
      if (commits.incrementAndGet() == 1) {
        firstCommitStarted.countDown();
        await(releaseFirstCommit);
      }
    }, Duration.ZERO);

    long first = group.ticket();
    Thread committer = Thread.ofPlatform().start(() -> durable(group, first));
    assertThat(firstCommitStarted.await(5, TimeUnit.SECONDS)).isTrue();
    List<Thread> latecomers = new ArrayList<>();
    List<Long> done = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 5; i++) {
      long ticket = group.ticket(); // applied while the first commit runs: not covered by it
      latecomers.add(Thread.ofPlatform().start(() -> {
        durable(group, ticket);
        done.add((long) commits.get());
      }));
    }
    Thread.sleep(100);
    assertThat(done).as("nobody returns on a commit that started before their writes").isEmpty();

    releaseFirstCommit.countDown();
    committer.join(5_000);
    for (Thread t : latecomers) {
      t.join(5_000);
    }

    assertThat(done).hasSize(5).containsOnly(2L);
    assertThat(commits.get()).as("one commit for the first writer, one for the five latecomers").isEqualTo(2);
  }

  @Test
  void aWriterAloneCommitsAtOnceAndAFailedCommitIsReportedAndRetriedByTheNextCaller() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    GroupedAction group = new GroupedAction(() -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IOException("disk full");
      }
    }, Duration.ZERO);

    long ticket = group.ticket();
    assertThatThrownBy(() -> group.await(ticket)).isInstanceOf(IOException.class).hasMessage("disk full");
    group.await(ticket);

    assertThat(attempts.get()).isEqualTo(2);
    group.await(ticket);
    assertThat(attempts.get()).as("a ticket already durable needs no commit").isEqualTo(2);
  }

  @Test
  void underAStreamOfWritesRunsAreSpacedAndEachCoversEverythingWrittenMeanwhile() throws Exception {
    List<Long> runs = java.util.Collections.synchronizedList(new ArrayList<>());
    GroupedAction group = new GroupedAction(() -> runs.add(System.nanoTime()), Duration.ofMillis(50));

    group.await(group.ticket()); // alone after a quiet spell: at once
    long start = System.nanoTime();
    List<Thread> writers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      writers.add(Thread.ofPlatform().start(() -> durable(group, group.ticket())));
      Thread.sleep(5);
    }
    for (Thread t : writers) {
      t.join(5_000);
    }

    // how many runs depends on how fast the writers came (a loaded machine spreads them out), so the bound is
    // taken from the time they took: one run per spacing at most, plus the first one and the last one
    long spacings = (System.nanoTime() - start) / Duration.ofMillis(50).toNanos();
    assertThat(runs.size()).as("twenty writes, runs at least 50 ms apart").isLessThanOrEqualTo((int) spacings + 2);
    for (int i = 1; i < runs.size(); i++) {
      assertThat(runs.get(i) - runs.get(i - 1)).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
    }
  }

  private static void durable(GroupedAction group, long ticket) {
    try {
      group.await(ticket);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
