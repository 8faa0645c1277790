package dev.freshet.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.error.UnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ApiErrorsTest {

  @Test
  void anUnavailableDependencyIsA503WithRetryAfterAndTheReason() {
    ResponseEntity<ProblemDetail> reply = new ApiErrors().unavailable(new UnavailableException(
        "the index is not open yet: Freshet is still starting", null, Duration.ofSeconds(1)));

    assertThat(reply.getStatusCode().value()).isEqualTo(503);
    assertThat(reply.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
    assertThat(reply.getBody().getDetail()).isEqualTo("the index is not open yet: Freshet is still starting");
  }
}
