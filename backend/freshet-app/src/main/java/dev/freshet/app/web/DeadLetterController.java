package dev.freshet.app.web;

import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.deadletter.DeadLetter;
import dev.freshet.core.deadletter.DeadLetterFilter;
import dev.freshet.core.deadletter.DeadLetters;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The dead-letter queue: filter, inspect, retry one or many, edit and retry, discard; every action audited. */
@RestController
@RequestMapping("/api/dead-letters")
class DeadLetterController {

  /**
   * One page of dead letters.
   *
   * @param total how many dead letters match the filter
   * @param items this page, newest first
   */
  record Page(long total, List<DeadLetter> items) {}

  /**
   * One dead letter with what came before it.
   *
   * @param deadLetter the entry
   * @param history the dead letters it is a failed replay of, oldest first
   * @param audit who did what to it, oldest first
   */
  record Details(DeadLetter deadLetter, List<DeadLetter> history, List<AuditLog.Entry> audit) {}

  /**
   * A discard.
   *
   * @param reason why; required, kept with the entry and in the audit log
   */
  record Discard(String reason) {}

  private static final Set<String> STATUSES = Set.of("OPEN", "RETRIED", "DISCARDED");

  private final DeadLetters deadLetters;
  private final AuditLog audit;

  DeadLetterController(DeadLetters deadLetters, AuditLog audit) {
    this.deadLetters = deadLetters;
    this.audit = audit;
  }

  @GetMapping
  @Operation(summary = "Dead letters, newest first, filtered",
      description = "Each with its event (or raw payload), the agent, the failed stage, the error type and message, "
          + "attempts, times, its replay count and the event that superseded it, if any. Filters combine.")
  Page list(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(required = false) @Nullable String source,
      @RequestParam(required = false) @Nullable String agent, @RequestParam(required = false) @Nullable String stage,
      @RequestParam(required = false) @Nullable String errorType,
      @RequestParam(required = false) @Nullable String subject,
      @RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
      @RequestParam(required = false) @Nullable Boolean superseded, @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    if (offset < 0 || limit < 1 || limit > 500) {
      throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and 500");
    }
    DeadLetterFilter filter = filter(status, source, agent, stage, errorType, subject, from, to, superseded);
    return new Page(deadLetters.count(filter), deadLetters.list(filter, offset, limit));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One dead letter, its replay history and its audit trail")
  Details get(@PathVariable long id) {
    DeadLetter letter = deadLetters.find(id).orElseThrow(() -> new NotFoundException("no dead letter " + id));
    return new Details(letter, deadLetters.history(id), audit.of(DeadLetters.target(id)));
  }

  @PostMapping("/{id}/retry")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Retry one dead letter",
      description = "Its deliveries go back to the queue; events older than the version the agent asks for are "
          + "upcast on the way. 409 with the reason when it is not OPEN, was a rejected webhook or event (nothing to "
          + "replay), or reached freshet.dispatcher.max-replays. Needs the OPERATOR role.")
  Map<String, Object> retry(@PathVariable long id, Principal user) {
    return done(deadLetters.retry(id, user.getName()), Map.of("deadLetter", id, "status", "RETRIED"));
  }

  @PostMapping("/retry")
  @Operation(summary = "Retry every open dead letter a filter matches (dry run by default)",
      description = "With dryRun=true (the default) it only counts: matching, retryable, held by the loop guard, "
          + "not replayable. With dryRun=false it retries them in one transaction and audits it. Needs the "
          + "OPERATOR role.")
  Object retryAll(@RequestParam(required = false) @Nullable String source,
      @RequestParam(required = false) @Nullable String agent, @RequestParam(required = false) @Nullable String stage,
      @RequestParam(required = false) @Nullable String errorType,
      @RequestParam(required = false) @Nullable String subject,
      @RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
      @RequestParam(required = false) @Nullable Boolean superseded, @RequestParam(defaultValue = "true") boolean dryRun,
      Principal user) {
    DeadLetterFilter filter = filter("OPEN", source, agent, stage, errorType, subject, from, to, superseded);
    return dryRun ? deadLetters.preview(filter) : deadLetters.retryAll(filter, user.getName());
  }

  @PostMapping("/{id}/edit")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Replay an edited event in place of the dead letter's",
      description = "The body is the event as JSON; type, version, subject, operation and data may change. It must "
          + "pass its schema. A failed delivery's edit is a new event caused by the original, for the failed agent "
          + "only; a rejected event is appended under its own id. Needs the OPERATOR role.")
  Map<String, Object> edit(@PathVariable long id, @RequestBody String event, Principal user) {
    return done(deadLetters.editAndRetry(id, event, user.getName()), Map.of("deadLetter", id, "status", "RETRIED"));
  }

  @PostMapping("/{id}/discard")
  @Operation(summary = "Discard a dead letter with a reason", description = "Needs the OPERATOR role.")
  Map<String, Object> discard(@PathVariable long id, @RequestBody Discard discard, Principal user) {
    return done(deadLetters.discard(id, discard.reason() == null ? "" : discard.reason(), user.getName()),
        Map.of("deadLetter", id, "status", "DISCARDED"));
  }

  private static Map<String, Object> done(DeadLetters.Result result, Map<String, Object> body) {
    if (!result.done()) {
      throw new ConflictException(result.message());
    }
    return body;
  }

  private static DeadLetterFilter filter(String status, @Nullable String source, @Nullable String agent,
      @Nullable String stage, @Nullable String errorType, @Nullable String subject, @Nullable Instant from,
      @Nullable Instant to, @Nullable Boolean superseded) {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be one of " + STATUSES + ", was " + status);
    }
    return new DeadLetterFilter(status, source, agent, stage, errorType, subject, from, to, superseded);
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
