package dev.freshet.api.error;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A dependency that every delivery needs is down (the embedding model, the vector store), so the failure
 * says nothing about the event at hand. The dispatcher puts the delivery back without counting an
 * attempt and tries again with backoff for as long as the outage lasts: an outage never makes dead
 * letters. Throw it only when the dependency was shown to be down for everyone (for example by a probe
 * with a known-good input); a failure of one input while the dependency works is a {@link
 * RetryableException} or a {@link PermanentException}.
 */
public class UnavailableException extends RetryableException {

  public UnavailableException(String message, @Nullable Throwable cause, @Nullable Duration retryAfter) {
    super(message, cause, retryAfter);
  }

  public UnavailableException(String message, @Nullable Throwable cause) {
    this(message, cause, null);
  }
}
