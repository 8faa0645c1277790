package dev.freshet.connector.notion;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Notion source's settings, read from {@code freshet.sources.<id>.*}.
 *
 * @param sourceId the source id
 * @param token the integration's secret, sent as a bearer token (never logged)
 * @param apiUrl the API's base URL
 * @param notionVersion the {@code Notion-Version} header sent on every request
 * @param verificationToken the subscription's verification token when configured; otherwise the source learns it
 *     from Notion's verification request and keeps it encrypted (never logged)
 * @param workspaceId the only workspace whose events are accepted; null for any
 * @param botUserId the integration's bot user, whose own edits are ignored; null to ask Notion at start
 * @param subjectPrefix first part of every subject
 * @param requestsPerSecond the client-side request budget of the integration
 * @param reconcileInterval how often every shared page is compared with the last run; zero for never
 */
record NotionSettings(String sourceId, String token, URI apiUrl, String notionVersion,
    @Nullable String verificationToken, @Nullable String workspaceId, @Nullable String botUserId, String subjectPrefix,
    int requestsPerSecond, Duration reconcileInterval) {

  /** The secret under which a learned verification token is kept. */
  static final String VERIFICATION_TOKEN = "verification-token";

  static final List<ConfigOption> OPTIONS = List.of(
      new ConfigOption("type", "notion", null),
      new ConfigOption("token", "The integration's secret (Notion → Integrations → your integration → Secrets), sent as a bearer token. Never logged or shown.", null),
      new ConfigOption("verification-token", "The webhook subscription's verification token, if you have it. Unset: Freshet answers Notion's verification request, stores the token encrypted and lets an operator reveal it once (POST /api/sources/<id>/secrets/verification-token/reveal) to paste into Notion. Never logged.", null),
      new ConfigOption("workspace-id", "Accept events of this workspace only; events naming another are refused with 400. Unset: any workspace the subscription sends.", null),
      new ConfigOption("bot-user-id", "The integration's bot user; events whose authors are all this bot are the bot's own edits and are not re-indexed. Unset: asked from Notion (GET /v1/users/me) at start.", null),
      new ConfigOption("api-url", "The Notion API's base URL.", "https://api.notion.com"),
      new ConfigOption("notion-version", "The Notion-Version header sent on every request.", "2025-09-03"),
      new ConfigOption("requests-per-second", "The client-side request budget of the integration, shared by every source with the same token (Notion allows an average of 3).", "3"),
      new ConfigOption("subject-prefix", "First part of every subject, as in notion:<page id>.", "notion"),
      new ConfigOption("reconcile-interval", "How often every page shared with the integration is compared with the last run (Notion's search), so a missed event cannot leave a page stale; the first run is at the first start, later ones this long after the previous run; 0 for never.", "60m"));

  static NotionSettings from(SourceConfig config) {
    String token = config.require("token",
        "Set it to the integration's secret (environment: FRESHET_SOURCES_<ID>_TOKEN)");
    URI api;
    try {
      api = URI.create(config.get("api-url", "https://api.notion.com").replaceAll("/+$", ""));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(config.property("api-url"), "not a URL", "Write e.g. https://api.notion.com");
    }
    int budget = config.getInt("requests-per-second", 3);
    if (budget < 1) {
      throw new ConfigurationException(config.property("requests-per-second"), "must be 1 or more",
          "Set the number of requests per second the integration may make, e.g. 3");
    }
    return new NotionSettings(config.sourceId(), token, api, config.get("notion-version", "2025-09-03"),
        config.optional("verification-token").orElse(null),
        config.optional("workspace-id").map(NotionIds::normalize).orElse(null),
        config.optional("bot-user-id").map(NotionIds::normalize).orElse(null),
        config.get("subject-prefix", "notion"), budget, config.getDuration("reconcile-interval", Duration.ofMinutes(60)));
  }

  String pageSubject(String pageId) {
    return subjectPrefix + ":" + NotionIds.normalize(pageId);
  }

  /** The page id of a page subject, or null for another subject. */
  @Nullable String pageIdOf(String subject) {
    String start = subjectPrefix + ":";
    if (!subject.startsWith(start)) {
      return null;
    }
    String id = subject.substring(start.length());
    return NotionIds.isId(id) ? id : null;
  }

  /** The subject of a data source ({@code ds}) or database ({@code db}), for {@code collection.changed}. */
  String collectionSubject(String kind, String id) {
    return subjectPrefix + ":" + kind + ":" + NotionIds.normalize(id);
  }

  /** Never print the secrets: a record's default toString would. */
  @Override
  public String toString() {
    return "NotionSettings[" + sourceId + " via " + apiUrl + " " + notionVersion + "]";
  }
}
