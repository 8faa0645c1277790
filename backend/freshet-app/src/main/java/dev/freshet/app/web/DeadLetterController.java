package dev.freshet.app.web;

import dev.freshet.core.deadletter.DeadLetter;
import dev.freshet.core.deadletter.DeadLetters;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The dead-letter queue. */
@RestController
@RequestMapping("/api/dead-letters")
class DeadLetterController {

  /**
   * One page of dead letters.
   *
   * @param total how many dead letters have the status
   * @param items this page, newest first
   */
  record Page(long total, List<DeadLetter> items) {}

  private static final Set<String> STATUSES = Set.of("OPEN", "RETRIED", "DISCARDED");

  private final DeadLetters deadLetters;

  DeadLetterController(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @GetMapping
  @Operation(summary = "Dead letters, newest first",
      description = "Each with its event, the agent, the failed stage, the error type and message, attempts and times.")
  Page list(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be one of " + STATUSES + ", was " + status);
    }
    if (offset < 0 || limit < 1 || limit > 500) {
      throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and 500");
    }
    return new Page(deadLetters.count(status), deadLetters.list(status, offset, limit));
  }

  @PostMapping("/{id}/retry")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Retry one dead letter",
      description = "Its deliveries go back to the queue; events older than the version the agent asks for are "
          + "upcast on the way. 409 when it is not OPEN or was a rejected webhook or event (no delivery to retry). "
          + "Needs the OPERATOR role.")
  Map<String, Object> retry(@PathVariable long id) {
    if (!deadLetters.retry(id)) {
      throw new ConflictException("dead letter " + id + " is not an OPEN dead letter of an agent's delivery");
    }
    return Map.of("deadLetter", id, "status", "RETRIED");
  }

  /** A request that does not fit the resource's state: answered with 409 and the message. */
  static final class ConflictException extends RuntimeException {
    ConflictException(String message) {
      super(message);
    }
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
