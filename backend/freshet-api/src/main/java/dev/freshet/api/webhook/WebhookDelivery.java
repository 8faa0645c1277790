package dev.freshet.api.webhook;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP delivery as it arrived.
 *
 * @param headers the request headers, names compared without case
 * @param body the raw body bytes, exactly as signed by the provider
 */
public record WebhookDelivery(Map<String, String> headers, byte[] body) {

  public WebhookDelivery {
    TreeMap<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseless.putAll(headers);
    headers = caseless;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }
}
