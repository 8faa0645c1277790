package dev.freshet.core.schema;

import dev.freshet.api.error.PermanentException;

/** An event that breaks its type's schema: the error type of its dead letter at stage {@code validate}. */
public class SchemaViolationException extends PermanentException {

  public SchemaViolationException(String message) {
    super(message);
  }
}
