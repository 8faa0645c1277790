package dev.freshet.api.error;

import org.jspecify.annotations.Nullable;

/**
 * Root of Freshet's exceptions. Subtypes are named by the decision they force: {@link
 * RetryableException} (try again later), {@link PermanentException} (retrying cannot help: dead-letter
 * it) and {@link ConfigurationException} (fix the configuration and start again).
 */
public abstract class FreshetException extends RuntimeException {

  protected FreshetException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
