package dev.freshet.core.schema;

import dev.freshet.api.error.FreshetException;

/** A schema change that breaks its type's compatibility rule; start-up stops with the differences. */
public class IncompatibleSchemaException extends FreshetException {

  public IncompatibleSchemaException(String message) {
    super(message, null);
  }
}
