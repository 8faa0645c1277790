/**
 * Contract suites that every implementation of an SPI in {@code freshet-api} extends, so that all
 * stores, connectors and transports keep the same promises.
 */
@NullMarked
package dev.freshet.testkit;

import org.jspecify.annotations.NullMarked;
