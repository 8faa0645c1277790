package dev.freshet.bench;

import dev.freshet.api.webhook.HmacSignatures;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Webhook ingest: signed GitHub push deliveries POSTed to {@code /webhooks/gh} on loopback by
 * {@code webhookSenders} concurrent senders. A 202 means the delivery is durably in the event log; the rate is
 * 202s per second of wall time, checked against the events the log holds afterwards.
 */
final class WebhookPhase {

  private static final int FILES = 100;
  /** The JIT has settled when it compiles for less than this share of a warm-up round's time. */
  private static final double JIT_SETTLED = 0.05;
  private static final int MIN_WARM_UP_ROUNDS = 2;
  private static final int MAX_WARM_UP_ROUNDS = 12;

  private final Lab lab;
  private final CloseableHttpClient http;

  WebhookPhase(Lab lab) {
    this.lab = lab;
    int senders = lab.scale().webhookSenders();
    this.http = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnPerRoute(senders).setMaxConnTotal(senders).build())
        .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling().disableContentCompression()
        .build();
  }

  Section run() throws Exception {
    try {
      return measure();
    } finally {
      http.close(); // the senders' kept-alive connections to Freshet
    }
  }

  private Section measure() throws Exception {
    WarmUp warmUp = warmUp();
    lab.freshet().awaitIdle(Duration.ofMillis(500), Duration.ofMinutes(5));
    long mark = lab.freshet().lastSeq();
    int deliveries = lab.scale().webhookDeliveries();
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>(deliveries));
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicLong senderCpu = new AtomicLong();
    Bench.log("webhooks: sending %d measured deliveries", deliveries);
    long start = System.nanoTime();
    sendAll(deliveries, warmUp.deliveries(), latencies, statuses, senderCpu);
    double seconds = (System.nanoTime() - start) / 1e9;
    long accepted = statuses.getOrDefault(202, new AtomicInteger()).get();
    long logged = lab.freshet().count("select count(*) from event_log where seq > ? and source = 'gh'", mark);
    if (logged != accepted) {
      throw new IllegalStateException(accepted + " deliveries were accepted but the event log holds " + logged);
    }
    Distribution latency = Distribution.of(latencies);
    double rate = accepted / seconds;
    Bench.log("webhooks: %d accepted in %.1f s (%.0f/s), p99 %.1f ms", accepted, seconds, rate, latency.p99());
    lab.freshet().awaitIdle(Duration.ofMillis(500), Duration.ofMinutes(10));
    Map<Integer, Integer> byStatus = new TreeMap<>();
    statuses.forEach((k, v) -> byStatus.put(k, v.get()));
    return new Section("webhooks", "Webhook ingest",
        deliveries + " signed GitHub push deliveries (one modified file each, of " + FILES + " files), built and "
            + "signed beforehand, POSTed to /webhooks/gh on loopback by " + lab.scale().webhookSenders()
            + " concurrent senders (Apache HttpClient 5's blocking client, HTTP/1.1 keep-alive, a connection each; "
            + "their own CPU per delivery is senderCpuMsPerDelivery) after " + warmUp.deliveries()
            + " unrecorded ones (the JIT's warm-up: rounds of " + warmUp.round()
            + " until the JIT compiled for less than "
            + Math.round(JIT_SETTLED * 100) + "% of a round's time, or " + MAX_WARM_UP_ROUNDS + " rounds). "
            + "A 202 is the durable hand-off: "
            + "the change event is committed in the event log before the answer. Rate: 202s per second of wall "
            + "time; the event log held exactly as many new events afterwards. Indexing runs behind the ingest "
            + "(the fake repository serves every file with the same text, so it costs no embeddings).")
        .figure("deliveries", deliveries)
        .figure("senders", lab.scale().webhookSenders())
        .figure("warmUpDeliveries", warmUp.deliveries())
        .figure("jitShareOfLastWarmUpRound", Numbers.round(warmUp.jitShare(), 3))
        .figure("statuses", byStatus)
        .figure("eventsLogged", logged)
        .figure("acceptedPerSecond", Numbers.round(rate, 1))
        .figure("senderCpuMsPerDelivery", Numbers.round(senderCpu.get() / 1e6 / deliveries, 3))
        .figure("responseMs", latency)
        .target(Target.atLeast("webhooks.rate", "webhook deliveries accepted durably per second", Numbers.round(rate, 1),
            "/s", 1000))
        .target(Target.atMost("webhooks.p99", "webhook response time, p99", Numbers.round(latency.p99(), 1), "ms",
            100));
  }

  /** The unrecorded deliveries sent first, the size of a round, and the JIT's share of the last round's time. */
  private record WarmUp(int deliveries, int round, double jitShare) {}

  /**
   * Warm-up, not recorded: the web server's, the connector's and the event log's code is compiled by the JIT only
   * after many thousands of requests. After 200 the JIT's compiler threads took a fifth of the CPU throughout the
   * measured deliveries; after 10,000 (the fixed warm-up until this was written) still a third of a core, and the
   * measured rate was 405/s against 622/s after 40,000 (webhook-only runs, same code, same day). A server that takes
   * webhooks all day runs compiled code, so the phase sends rounds until the JIT has settled.
   */
  private WarmUp warmUp() throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    int round = Math.max(1, lab.scale().webhookDeliveries() / 2);
    int sent = 0;
    double share = 1;
    for (int r = 0; r < MAX_WARM_UP_ROUNDS && (r < MIN_WARM_UP_ROUNDS || share >= JIT_SETTLED); r++) {
      long compiledMs = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      send(round, sent);
      sent += round;
      share = (jit.getTotalCompilationTime() - compiledMs) / Numbers.millis(System.nanoTime() - start);
      Bench.log("webhooks: warm-up round %d, the JIT compiled for %.0f%% of its time", r + 1, share * 100);
    }
    return new WarmUp(sent, round, share);
  }

  private void send(int count, int offset) throws InterruptedException {
    sendAll(count, offset, Collections.synchronizedList(new ArrayList<>()), new ConcurrentHashMap<>(),
        new AtomicLong());
  }

  /**
   * Sends {@code count} deliveries from {@code webhookSenders} threads, each on a kept-alive connection of its own,
   * and adds the CPU time the sending threads used to {@code senderCpuNanos}: the load generator shares the two
   * cores with Freshet, so its cost is reported beside the rate.
   */
  private void sendAll(int count, int offset, List<Double> latencies, Map<Integer, AtomicInteger> statuses,
      AtomicLong senderCpuNanos) throws InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + lab.freshet().port + "/webhooks/gh");
    List<ClassicHttpRequest> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      byte[] body = GitHubPlayer.push(offset + i, "docs/page-" + (i % FILES) + ".md");
      requests.add(ClassicRequestBuilder.post(uri).setHeader("X-GitHub-Event", "push")
          .setHeader("X-GitHub-Delivery", UUID.randomUUID().toString())
          .setHeader("X-Hub-Signature-256", HmacSignatures.sign(GitHubPlayer.SECRET, body))
          .setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON)).build());
    }
    AtomicInteger next = new AtomicInteger();
    List<Thread> senders = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int s = 0; s < lab.scale().webhookSenders(); s++) {
      senders.add(Thread.ofPlatform().name("bench-webhook-" + s).start(() -> {
        long cpuBefore = threads.getCurrentThreadCpuTime();
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          long start = System.nanoTime();
          int status;
          try {
            status = http.execute(requests.get(i), response -> {
              EntityUtils.consume(response.getEntity());
              return response.getCode();
            });
          } catch (java.io.IOException e) {
            status = -1;
          }
          latencies.add(Numbers.millis(System.nanoTime() - start));
          statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
        }
        senderCpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpuBefore);
      }));
    }
    for (Thread t : senders) {
      t.join();
    }
  }
}
