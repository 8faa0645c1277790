package dev.freshet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.SourceStatus;
import dev.freshet.api.webhook.WebhookDelivery;
import dev.freshet.api.webhook.WebhookOutcome;
import dev.freshet.api.webhook.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The promises every {@link SourceConnector} keeps, checked against the real source it reads. Extend it
 * with ways to change documents at that source:
 *
 * <pre>{@code
 * class FilesConnectorIT extends SourceConnectorContract {
 *   protected SourceConnector newConnector() { ... }
 *   protected String write(String key, String text) { ...; return subject; }
 *   protected void delete(String key) { ... }
 * }
 * }</pre>
 *
 * <p>A webhook source changes the provider's state (a local server playing its API) in {@code write} and
 * {@code delete}, then announces the change with {@link #deliver}.
 */
public abstract class SourceConnectorContract {

  protected static final Duration TIMEOUT = Duration.ofSeconds(60);

  private @Nullable SourceConnector connector;
  private @Nullable RecordingSourceContext context;

  /** A new, unstarted connector over the same source (the same configuration each time). */
  protected abstract SourceConnector newConnector() throws Exception;

  /** Creates or replaces the document {@code key} at the source; returns its subject. */
  protected abstract String write(String key, String text) throws Exception;

  /** Deletes the document {@code key} at the source. */
  protected abstract void delete(String key) throws Exception;

  protected SourceConnector start(RecordingSourceContext context) throws Exception {
    if (connector != null) {
      connector.close();
    }
    connector = newConnector();
    this.context = context;
    connector.start(context);
    await().atMost(TIMEOUT).until(() -> connector.status().state() == SourceStatus.State.RUNNING);
    return connector;
  }

  @AfterEach
  void stopConnector() {
    stop();
  }

  /** Stops the running connector, as a shutdown would. */
  protected void stop() {
    if (connector != null) {
      connector.close();
      connector = null;
    }
  }

  @Test
  void aNewDocumentArrivesAsADocumentChangedEventAndLoadsToItsText() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    SourceConnector source = start(context);

    String subject = write("alpha", "Alpha is the first letter.");

    ChangeEvent event = awaitEventFor(context, subject);
    assertThat(event.type()).isEqualTo("document.changed");
    assertThat(event.version()).isEqualTo(1);
    assertThat(event.source()).isEqualTo("contract");
    assertThat(event.correlationId()).isNotBlank();
    assertThat(event.causationId()).isNull();
    assertThat(source.load(subject)).get().extracting(SourceDocument::text).asString().contains("Alpha is the first");
  }

  @Test
  void theNewestStateWinsWhenADocumentIsLoaded() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    SourceConnector source = start(context);
    String subject = write("beta", "Beta, first version.");
    awaitEventFor(context, subject);

    write("beta", "Beta, second version.");

    await().atMost(TIMEOUT).until(() -> eventsFor(context, subject).size() >= 2);
    assertThat(source.load(subject)).get().extracting(SourceDocument::text).asString().contains("second version");
  }

  @Test
  void aDeletedDocumentLoadsAsGone() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    SourceConnector source = start(context);
    String subject = write("gamma", "Gamma is going away.");
    awaitEventFor(context, subject);

    delete("gamma");

    await().atMost(TIMEOUT).until(() -> eventsFor(context, subject).stream()
        .anyMatch(e -> e.operation() == Operation.DELETE));
    assertThat(source.load(subject)).isEqualTo(Optional.empty());
  }

  @Test
  void aBatchTheSinkRefusesIsRetriedUntilAcceptedAndNothingIsLost() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    start(context);
    int from = context.journal().size();
    context.failNextAccepts(2);

    String subject = write("delta", "Delta arrives while the event log is down.");

    awaitEventFor(context, subject);
    List<String> since = context.journal().subList(from, context.journal().size());
    assertThat(since.stream().filter("failed"::equals).count()).as("both refusals were seen").isEqualTo(2);
    assertThat(since.lastIndexOf("failed")).as("and retried").isLessThan(since.lastIndexOf("accepted"));
  }

  @Test
  void aRestartFromTheCommittedPositionSendsNoNewEventForOldChanges() throws Exception {
    RecordingSourceContext first = new RecordingSourceContext("contract", null);
    start(first);
    String subject = write("epsilon", "Epsilon before the restart.");
    awaitEventFor(first, subject);
    Thread.sleep(1000); // a source may report one write in steps (a file created, then filled): let them settle
    List<String> before = eventsFor(first, subject).stream().map(ChangeEvent::id).toList();
    await().atMost(TIMEOUT).until(() -> !first.committedPositions().isEmpty());
    stop();

    RecordingSourceContext second = new RecordingSourceContext("contract", first.committedPosition().orElseThrow());
    start(second);
    String later = write("zeta", "Zeta after the restart.");
    awaitEventFor(second, later);

    assertThat(eventsFor(second, subject)).as("an old change is not re-sent, or re-sent with its old id")
        .allSatisfy(e -> assertThat(before).contains(e.id()));
  }

  /**
   * For a webhook source, whose {@link #write} and {@link #delete} change the provider's state and then
   * announce it: hands the delivery to the running connector as {@code POST /webhooks/<id>} would, and
   * appends the accepted events to the context's sink. A delivery the sink refused is delivered again, as a
   * provider redelivers one that was not answered 2xx (up to five times).
   */
  protected WebhookOutcome deliver(WebhookDelivery delivery) throws InterruptedException {
    if (!(connector instanceof WebhookReceiver receiver) || context == null) {
      throw new IllegalStateException("start a connector that implements WebhookReceiver first");
    }
    for (int attempt = 1; ; attempt++) {
      WebhookOutcome outcome = receiver.receive(delivery);
      if (!(outcome instanceof WebhookOutcome.Accepted accepted) || accepted.events().isEmpty()) {
        return outcome;
      }
      try {
        context.sink().accept(accepted.events());
        return outcome;
      } catch (RuntimeException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  protected static List<ChangeEvent> eventsFor(RecordingSourceContext context, String subject) {
    return context.events().stream().filter(e -> e.subject().equals(subject)).toList();
  }

  protected static ChangeEvent awaitEventFor(RecordingSourceContext context, String subject) {
    await().atMost(TIMEOUT).until(() -> !eventsFor(context, subject).isEmpty());
    return eventsFor(context, subject).get(0);
  }
}
