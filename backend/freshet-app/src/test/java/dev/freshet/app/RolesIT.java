package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Users from properties: a viewer reads everything and changes nothing; an operator may change state. */
class RolesIT extends EmbeddedFreshetIT {

  @Test
  void aViewerReadsButCannotChangeStateAndAnOperatorCan() {
    TestClient viewer = new TestClient(port, "vera", "viewer-secret");
    TestClient operator = new TestClient(port, "otto", "operator-secret");

    assertThat(viewer.get("/api/dead-letters").status()).isEqualTo(200);
    assertThat(viewer.get("/api/schemas").status()).isEqualTo(200);
    assertThat(viewer.post("/api/dead-letters/999999/retry").status()).isEqualTo(403);
    assertThat(viewer.post("/api/sources/demo/snapshots?collection=articles").status()).isEqualTo(403);
    assertThat(operator.post("/api/dead-letters/999999/retry").status()).as("allowed, but no such dead letter")
        .isEqualTo(409);
    assertThat(new TestClient(port, "vera", "wrong").get("/api/dead-letters").status()).isEqualTo(401);
  }
}
