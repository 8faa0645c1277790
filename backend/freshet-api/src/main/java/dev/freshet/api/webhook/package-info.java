/**
 * The webhook capability of a source: verify a provider's delivery from its raw bytes and map it to
 * change events. The platform answers the provider only after those events are durable.
 */
@NullMarked
package dev.freshet.api.webhook;

import org.jspecify.annotations.NullMarked;
