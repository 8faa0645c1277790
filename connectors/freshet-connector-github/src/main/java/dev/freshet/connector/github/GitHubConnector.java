package dev.freshet.connector.github;

import dev.freshet.api.error.RetryableException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.ReconcileSchedule;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.TextFormat;
import dev.freshet.api.source.SourceStatus;
import dev.freshet.api.webhook.HmacSignatures;
import dev.freshet.api.webhook.WebhookDelivery;
import dev.freshet.api.webhook.WebhookOutcome;
import dev.freshet.api.webhook.WebhookReceiver;
import dev.freshet.api.webhook.WebhookRejectedException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A repository's files as documents. GitHub pushes: each {@code push} delivery to {@code
 * /webhooks/<source id>} is verified ({@code X-Hub-Signature-256} over the raw body, in constant time)
 * and mapped to the indexed files it touched; a {@code ping} and other event kinds are acknowledged and
 * ignored. The content is fetched when the agent runs, so the newest state wins whatever order deliveries
 * arrive in.
 */
final class GitHubConnector implements SourceConnector, WebhookReceiver {

  private final GitHubSettings settings;
  private final PushMapper pushes;
  private final ContentsClient contents;
  private final Reconciler reconciler;
  private volatile SourceStatus status = SourceStatus.of(SourceStatus.State.STOPPED, "not started");
  private volatile @Nullable SourceContext context;
  private volatile @Nullable Thread schedule;

  GitHubConnector(GitHubSettings settings) {
    this.settings = settings;
    this.pushes = new PushMapper(settings);
    this.contents = new ContentsClient(settings);
    this.reconciler = new Reconciler(settings, contents);
  }

  @Override
  public String sourceId() {
    return settings.sourceId();
  }

  /**
   * Ready for deliveries at once; a virtual thread reconciles the branch every {@code reconcile-interval},
   * counted from the last run (kept in the position), so the first start indexes the repository as it is and
   * a restart does not list the whole tree again.
   */
  @Override
  public void start(SourceContext context) {
    this.context = context;
    status = SourceStatus.of(SourceStatus.State.RUNNING, "waiting for push deliveries at /webhooks/" + sourceId());
    if (!settings.reconcileInterval().isZero()) {
      schedule = ReconcileSchedule.start(this, settings.reconcileInterval(),
          context.committedPosition().flatMap(Reconciler::reconciledAt));
    }
  }

  @Override
  public void reconcile() {
    SourceContext running = context;
    if (running == null) {
      throw new IllegalStateException("source " + sourceId() + " is not started");
    }
    try {
      reconciler.run(running);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetryableException("interrupted while reconciling " + sourceId(), e);
    }
  }

  /** A branch-wide change: the files that differ between the trees before and after the push. */
  @Override
  public List<ChangeEvent> sync(ChangeEvent request) {
    return reconciler.sync(request);
  }

  @Override
  public WebhookOutcome receive(WebhookDelivery delivery) {
    String signature = delivery.header("X-Hub-Signature-256").orElseThrow(() -> new WebhookRejectedException(
        WebhookRejectedException.UNAUTHORIZED, "no X-Hub-Signature-256 header: the delivery is not signed"));
    if (!HmacSignatures.valid(settings.webhookSecret(), delivery.body(), signature)) {
      throw new WebhookRejectedException(WebhookRejectedException.UNAUTHORIZED,
          "the X-Hub-Signature-256 does not match the body and the configured secret");
    }
    String deliveryId = delivery.header("X-GitHub-Delivery").orElseThrow(() -> new WebhookRejectedException(
        WebhookRejectedException.MALFORMED, "no X-GitHub-Delivery header"));
    String kind = delivery.header("X-GitHub-Event").orElse("");
    return switch (kind) {
      case "push" -> pushes.map(deliveryId, delivery.body());
      case "ping" -> new WebhookOutcome.Ignored(deliveryId, "ping: the webhook is set up");
      default -> new WebhookOutcome.Ignored(deliveryId, "event kind '" + kind + "' is not handled");
    };
  }

  @Override
  public Optional<SourceDocument> load(String subject) {
    String path = settings.pathOf(subject);
    if (path == null || !settings.indexes(path)) {
      return Optional.empty();
    }
    return contents.read(path).map(text -> {
      Map<String, String> metadata = new LinkedHashMap<>();
      metadata.put("repository", settings.repository());
      metadata.put("path", path);
      text.lines().filter(l -> l.startsWith("# ")).findFirst().ifPresent(t -> metadata.put("title", t.substring(2).strip()));
      return new SourceDocument(subject, text, metadata, TextFormat.ofFileName(path));
    });
  }

  @Override
  public SourceStatus status() {
    SourceStatus current = status;
    return new SourceStatus(current.state(), current.message(),
        Map.of("repository", settings.repository(), "branch", settings.branch()));
  }

  @Override
  public void close() {
    Thread running = schedule;
    if (running != null) {
      running.interrupt();
    }
    status = SourceStatus.of(SourceStatus.State.STOPPED, "stopped");
  }
}
