/** The Kafka transport: an outbox relayed to a topic keyed by subject, agents in consumer groups. */
@NullMarked
package dev.freshet.core.kafka;

import org.jspecify.annotations.NullMarked;
