package dev.freshet.api.error;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A failure that may pass: a timeout, a rate limit, a store that is restarting. The dispatcher tries
 * again with exponential backoff, or after {@link #retryAfter()} when the failing party said when.
 * Exceptions that are neither retryable nor permanent are treated as retryable.
 */
public class RetryableException extends FreshetException {

  private final @Nullable Duration retryAfter;

  public RetryableException(String message, @Nullable Throwable cause, @Nullable Duration retryAfter) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  public RetryableException(String message, @Nullable Throwable cause) {
    this(message, cause, null);
  }

  public RetryableException(String message) {
    this(message, null, null);
  }

  /** How long the failing party asked us to wait, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
