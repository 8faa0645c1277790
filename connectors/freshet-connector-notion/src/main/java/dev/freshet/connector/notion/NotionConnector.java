package dev.freshet.connector.notion;

import dev.freshet.api.error.RetryableException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.ReconcileSchedule;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceDocument;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Notion workspace's pages as documents. Notion's webhook subscription posts events to {@code
 * /webhooks/<source id>}: the first is the verification request, whose token the source keeps encrypted
 * (an operator reveals it once to complete the subscription in Notion); every later event is verified with
 * {@code X-Notion-Signature}, an HMAC-SHA256 of the raw body keyed by that token, before it is parsed. Events
 * carry ids only: the agent reads the page and its blocks when it runs, so the newest state wins in whatever
 * order events arrive.
 */
final class NotionConnector implements SourceConnector, WebhookReceiver {

  private static final Logger log = LoggerFactory.getLogger(NotionConnector.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** A verification request is a tiny JSON object; anything larger that is unsigned is not one. */
  private static final int MAX_VERIFICATION_BYTES = 4096;

  private final NotionSettings settings;
  private final NotionClient client;
  private final PageReader pages;
  private final Reconciler reconciler;
  private final EventMapper events;
  private volatile @Nullable SourceContext context;
  private volatile @Nullable Thread schedule;
  private volatile @Nullable String botUserId;
  private volatile SourceStatus.State state = SourceStatus.State.STOPPED;

  NotionConnector(NotionSettings settings) {
    this.settings = settings;
    this.client = new NotionClient(settings);
    this.pages = new PageReader(client, settings);
    this.reconciler = new Reconciler(settings, client);
    this.botUserId = settings.botUserId();
    this.events = new EventMapper(settings, () -> botUserId);
  }

  @Override
  public String sourceId() {
    return settings.sourceId();
  }

  /**
   * Ready for events at once. A virtual thread asks Notion for the integration's bot user (unless configured)
   * and then reconciles every {@code reconcile-interval}, counted from the last run.
   */
  @Override
  public void start(SourceContext context) {
    this.context = context;
    state = SourceStatus.State.RUNNING;
    if (botUserId == null) {
      Thread.ofVirtual().name("freshet-notion-bot-" + sourceId()).start(this::discoverBotUser);
    }
    if (!settings.reconcileInterval().isZero()) {
      schedule = ReconcileSchedule.start(this, settings.reconcileInterval(),
          context.committedPosition().flatMap(Reconciler::reconciledAt));
    }
  }

  private void discoverBotUser() {
    try {
      NotionClient.Answer me = client.get("/v1/users/me");
      if (me.status() == 200 && "bot".equals(me.body().path("type").asString(""))) {
        botUserId = NotionIds.normalize(me.body().path("id").asString());
        log.info("Source {}: the integration's bot user is {}; its own edits are not re-indexed", sourceId(), botUserId);
      }
    } catch (RuntimeException e) {
      log.warn("Source {}: could not ask Notion for the integration's bot user ({}); set bot-user-id to recognise "
          + "the bot's own edits", sourceId(), e.getMessage());
    }
  }

  @Override
  public WebhookOutcome receive(WebhookDelivery delivery) {
    Optional<String> token = verificationToken();
    Optional<String> signature = delivery.header("X-Notion-Signature");
    if (signature.isEmpty()) {
      if (token.isPresent()) {
        throw new WebhookRejectedException(WebhookRejectedException.UNAUTHORIZED,
            "no X-Notion-Signature header: Notion signs every event once the subscription is verified");
      }
      return verification(delivery.body());
    }
    if (token.isEmpty()) {
      throw new WebhookRejectedException(WebhookRejectedException.UNAUTHORIZED, "a signed event arrived, but this "
          + "source has no verification token yet to check it with; resend the verification request from Notion");
    }
    if (!HmacSignatures.valid(token.get(), delivery.body(), signature.get())) {
      throw new WebhookRejectedException(WebhookRejectedException.UNAUTHORIZED,
          "the X-Notion-Signature does not match the body and the verification token");
    }
    return events.map(parse(delivery.body()));
  }

  /**
   * Notion's first, unsigned request: {@code {"verification_token": "..."}}. Accepted only while the source has
   * no token, and only in that exact shape; the token is stored encrypted and never logged.
   */
  private WebhookOutcome verification(byte[] body) {
    if (body.length > MAX_VERIFICATION_BYTES) {
      throw new WebhookRejectedException(WebhookRejectedException.UNAUTHORIZED, "no X-Notion-Signature header");
    }
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new WebhookRejectedException(WebhookRejectedException.UNAUTHORIZED, "no X-Notion-Signature header");
    }
    String token = request.path("verification_token").asString("");
    if (!request.isObject() || request.size() != 1 || token.isBlank()) {
      throw new WebhookRejectedException(WebhookRejectedException.UNAUTHORIZED,
          "no X-Notion-Signature header, and the body is not a verification request");
    }
    SourceContext running = requireContext();
    if (!running.secrets().putIfAbsent(NotionSettings.VERIFICATION_TOKEN, token)) {
      throw new WebhookRejectedException(WebhookRejectedException.UNAUTHORIZED,
          "a verification token is already stored; delete it first to accept a new one");
    }
    log.warn("Source {}: Notion sent the webhook verification token; it is stored encrypted. An operator reveals it "
        + "once with POST /api/sources/{}/secrets/{}/reveal and pastes it into the subscription's Verify dialog",
        sourceId(), sourceId(), NotionSettings.VERIFICATION_TOKEN);
    return new WebhookOutcome.Ignored("verification", "verification token stored; an operator reveals it once with "
        + "POST /api/sources/" + sourceId() + "/secrets/" + NotionSettings.VERIFICATION_TOKEN + "/reveal");
  }

  private Optional<String> verificationToken() {
    if (settings.verificationToken() != null) {
      return Optional.of(settings.verificationToken());
    }
    return requireContext().secrets().get(NotionSettings.VERIFICATION_TOKEN);
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode event = JSON.readTree(body);
      if (!event.isObject()) {
        throw new WebhookRejectedException(WebhookRejectedException.MALFORMED, "the body is not a JSON object");
      }
      return event;
    } catch (JacksonException e) {
      throw new WebhookRejectedException(WebhookRejectedException.MALFORMED, "the body is not JSON: "
          + e.getOriginalMessage());
    }
  }

  @Override
  public Optional<SourceDocument> load(String subject) {
    String pageId = settings.pageIdOf(subject);
    return pageId == null ? Optional.empty() : pages.read(pageId);
  }

  /** Pages shared with the integration (Notion's search) against the last run: new, edited and vanished ones. */
  @Override
  public void reconcile() {
    try {
      reconciler.run(requireContext());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetryableException("interrupted while reconciling " + sourceId(), e);
    }
  }

  /** A data source's or database's pages that changed (or, when it was deleted, the pages known to be in it). */
  @Override
  public List<ChangeEvent> sync(ChangeEvent request) {
    return reconciler.sync(request, requireContext().committedPosition());
  }

  private SourceContext requireContext() {
    SourceContext running = context;
    if (running == null) {
      throw new IllegalStateException("source " + sourceId() + " is not started");
    }
    return running;
  }

  @Override
  public SourceStatus status() {
    SourceContext running = context;
    Map<String, Object> details = new LinkedHashMap<>();
    String message;
    if (running == null) {
      message = "not started";
    } else if (settings.verificationToken() != null) {
      details.put("verification", "configured");
      message = "receiving events at /webhooks/" + sourceId();
    } else if (running.secrets().get(NotionSettings.VERIFICATION_TOKEN).isPresent()) {
      details.put("verification", "learned from Notion's verification request");
      message = "receiving events at /webhooks/" + sourceId();
    } else {
      details.put("verification", "waiting for Notion's verification request");
      message = "waiting for Notion's verification request at /webhooks/" + sourceId();
    }
    String bot = botUserId;
    if (bot != null) {
      details.put("botUser", bot);
    }
    return new SourceStatus(state, message, details);
  }

  @Override
  public void close() {
    Thread running = schedule;
    if (running != null) {
      running.interrupt();
    }
    state = SourceStatus.State.STOPPED;
  }
}
