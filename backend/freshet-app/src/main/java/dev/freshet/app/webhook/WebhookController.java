package dev.freshet.app.webhook;

import dev.freshet.api.webhook.WebhookDelivery;
import dev.freshet.core.source.WebhookIngest;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/<source id>}: authenticated only by the source's signature (its own filter chain:
 * no login, no session, no CSRF). The raw bytes are read, up to the limit, and handed over unparsed.
 */
@RestController
class WebhookController {

  private final WebhookIngest ingest;
  private final WebhookProperties properties;

  WebhookController(WebhookIngest ingest, WebhookProperties properties) {
    this.ingest = ingest;
    this.properties = properties;
  }

  @PostMapping("/webhooks/{sourceId}")
  @Operation(summary = "Receive a provider's webhook delivery",
      description = "Answers 202 once the delivery's events are durable, 200 for an ignored delivery or a "
          + "redelivery, 401 for a missing or wrong signature, 400 (and a dead letter) for a signed body that "
          + "cannot be understood, 413 for a body over freshet.webhooks.max-body-size, 503 with Retry-After while an "
          + "operator has paused the source.")
  ResponseEntity<Map<String, @Nullable Object>> receive(@PathVariable String sourceId, HttpServletRequest request)
      throws IOException {
    long limit = properties.maxBodySize().toBytes();
    if (request.getContentLengthLong() > limit) {
      return tooLarge(limit);
    }
    byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit) + 1);
    if (body.length > limit) {
      return tooLarge(limit); // a chunked body without a length: refused without reading the rest
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, request.getHeader(name));
    }
    WebhookIngest.Answer answer = ingest.ingest(sourceId, new WebhookDelivery(headers, body));
    ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status());
    if (answer.body().get("retryAfterSeconds") instanceof Integer seconds) {
      response.header(org.springframework.http.HttpHeaders.RETRY_AFTER, seconds.toString());
    }
    return response.body(answer.body());
  }

  private static ResponseEntity<Map<String, @Nullable Object>> tooLarge(long limit) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("error", "the body is larger than " + limit + " bytes (freshet.webhooks.max-body-size)");
    return ResponseEntity.status(413).header("Connection", "close").body(body);
  }
}
