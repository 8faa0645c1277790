package dev.freshet.app.web;

import dev.freshet.core.deadletter.DeadLetter;
import dev.freshet.core.deadletter.DeadLetters;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
}
