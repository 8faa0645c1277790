package dev.freshet.api.error;

import org.jspecify.annotations.Nullable;

/**
 * A failure that retrying cannot fix (a document the model rejects, a payload that breaks its schema):
 * the dispatcher dead-letters the delivery at once, and later events keep flowing.
 */
public class PermanentException extends FreshetException {

  public PermanentException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  public PermanentException(String message) {
    this(message, null);
  }
}
