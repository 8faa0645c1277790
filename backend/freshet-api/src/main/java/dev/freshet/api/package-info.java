/**
 * Freshet's service-provider interface: the change-event envelope, the connector SPI, the agent SPI,
 * the vector-store SPI and the error types. Framework-free: nothing here imports Spring, Debezium or
 * langchain4j, so a connector or agent module depends on this jar alone.
 */
@NullMarked
package dev.freshet.api;

import org.jspecify.annotations.NullMarked;
