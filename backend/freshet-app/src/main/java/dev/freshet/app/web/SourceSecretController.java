package dev.freshet.app.web;

import dev.freshet.core.secret.SecretStore;
import dev.freshet.core.source.SourceRegistry;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secrets sources learned at run time (Notion's verification token): listed without their values,
 * revealed once to an operator, deleted so the source can learn a new one.
 */
@RestController
@RequestMapping("/api/sources/{source}/secrets")
class SourceSecretController {

  private final SecretStore secrets;
  private final SourceRegistry sources;

  SourceSecretController(SecretStore secrets, SourceRegistry sources) {
    this.secrets = secrets;
    this.sources = sources;
  }

  @GetMapping
  @Operation(summary = "The secrets a source learned, without their values",
      description = "When each was stored, and whether and by whom it was revealed.")
  List<SecretStore.SecretInfo> list(@PathVariable String source) {
    requireSource(source);
    return secrets.list(source);
  }

  @PostMapping("/{name}/reveal")
  @Operation(summary = "Show a secret's value, once",
      description = "The first call answers the value (e.g. Notion's verification token, to paste into the "
          + "subscription's Verify dialog) and records who revealed it; later calls answer 410. "
          + "Needs the OPERATOR role.")
  ResponseEntity<Map<String, String>> reveal(@PathVariable String source, @PathVariable String name, Principal who) {
    requireSource(source);
    String value = secrets.revealOnce(source, name, who.getName()).orElseThrow(() -> new NotFoundException(
        "source " + source + " has no secret named " + name + " (yet)"));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("name", name, "value", value));
  }

  @DeleteMapping("/{name}")
  @Operation(summary = "Forget a secret, so the source can learn a new one",
      description = "For Notion: delete the verification token, then resend the verification request from the "
          + "subscription's settings. Needs the OPERATOR role.")
  ResponseEntity<Void> delete(@PathVariable String source, @PathVariable String name) {
    requireSource(source);
    if (!secrets.delete(source, name)) {
      throw new NotFoundException("source " + source + " has no secret named " + name);
    }
    return ResponseEntity.noContent().build();
  }

  private void requireSource(String source) {
    if (sources.find(source).isEmpty()) {
      throw new NotFoundException("no source named " + source);
    }
  }

  @ExceptionHandler(SecretStore.AlreadyRevealedException.class)
  ProblemDetail alreadyRevealed(SecretStore.AlreadyRevealedException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
  }
}
