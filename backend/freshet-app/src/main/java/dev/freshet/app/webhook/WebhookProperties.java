package dev.freshet.app.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Webhook deliveries ({@code POST /webhooks/<source id>}).
 *
 * @param maxBodySize the largest body accepted; a larger one is refused with 413 before it is read
 *     (GitHub caps its payloads at 25 MB, but a push of changed paths is far smaller)
 */
@ConfigurationProperties("freshet.webhooks")
public record WebhookProperties(@DefaultValue("5MB") DataSize maxBodySize) {}
