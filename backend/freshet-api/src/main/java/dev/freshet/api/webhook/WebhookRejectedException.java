package dev.freshet.api.webhook;

import dev.freshet.api.error.PermanentException;

/**
 * A delivery that is refused: {@link #UNAUTHORIZED} when its signature is missing or wrong (nothing is
 * recorded: a stranger must not be able to cause work), {@link #MALFORMED} when it is signed but cannot
 * be understood (it becomes a dead letter with the reason).
 */
public class WebhookRejectedException extends PermanentException {

  public static final int UNAUTHORIZED = 401;
  public static final int MALFORMED = 400;

  private final int status;

  public WebhookRejectedException(int status, String reason) {
    super(reason);
    if (status != UNAUTHORIZED && status != MALFORMED) {
      throw new IllegalArgumentException("status must be 401 or 400");
    }
    this.status = status;
  }

  /** The HTTP status to answer: 401 or 400. */
  public int status() {
    return status;
  }
}
