package dev.freshet.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for Freshet's readiness group ({@code /actuator/health/readiness} answering 200: the index open, the
 * transport delivering, every source capturing), as an orchestrator does before it sends traffic. Every phase starts
 * measuring only then, so no change of a measurement is made before its source captures it.
 */
final class Readiness {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Readiness() {
  }

  /** Returns once ready; polls every 20 ms. Throws when {@code deadlineNanos} passes or {@code alive} turns false. */
  static void await(int port, long deadlineNanos, BooleanSupplier alive) {
    HttpRequest readiness = HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
    String last = "no answer";
    while (System.nanoTime() < deadlineNanos) {
      if (!alive.getAsBoolean()) {
        throw new IllegalStateException("Freshet exited while starting");
      }
      try {
        HttpResponse<String> response = HTTP.send(readiness, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Bench.sleep(20);
    }
    throw new IllegalStateException("Freshet was not ready in time; readiness answered " + last);
  }
}
