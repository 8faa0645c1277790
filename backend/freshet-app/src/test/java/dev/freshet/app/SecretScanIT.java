package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Secrets never reach logs, traces, dead letters or the UI: after every other test ran (this one has a failsafe
 * execution of its own, see the pom), it reads what they produced — the output of every test JVM (Freshet's
 * own logs in-process), the logs of every Freshet the reliability rig ran as a process, the text and HTML of
 * every console page the browser test visited, the state databases of the standalone Freshets (traces, dead
 * letters, the event log, deliveries' errors, the audit log), the connectors' test reports — and looks for the
 * secrets the tests configured: passwords, webhook secrets, API tokens, Notion's verification token.
 */
class SecretScanIT {

  /** Every secret the suite hands to Freshet, by where it comes from. */
  static final List<String> SECRETS = List.of(
      "end-to-end-secret", "viewer-secret", "operator-secret", // EmbeddedFreshetIT's users
      "standalone-secret", // StandaloneFreshet's administrator
      "reliability-admin-secret", // the reliability rig's administrator
      "gh-webhook-secret-for-tests", // GitHubWebhookIT
      "ntn_app_test", // NotionWebhookIT's integration token
      "secret_tMrlL1qK5vuQAh1b6cZGhFChZTSYJlce98V0pYn7yBl", // Notion's verification token (fixture)
      "webhook-test-secret", "contract-secret", "secret_contract_verification_token"); // connector tests

  private static final Path ROOT = Path.of("..", "..");

  @Test
  void noLogPageOrReportOfTheSuiteContainsATestSecret() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("target", "failsafe-reports"), Path.of("target", "reliability"),
        Path.of("target", "pages"), Path.of("target", "state-dumps"), ROOT.resolve("connectors"), ROOT.resolve("backend/freshet-core/target"),
        ROOT.resolve("ui/target"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile).filter(SecretScanIT::isOutput).forEach(files::add);
        }
      }
    }
    long testOutputs = files.stream().filter(f -> f.getFileName().toString().endsWith("-output.txt")).count();
    assertThat(testOutputs).as("test outputs to scan (the suite ran before this test)").isGreaterThan(0);

    List<String> leaks = new ArrayList<>();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      for (String secret : SECRETS) {
        int at = text.indexOf(secret);
        if (at >= 0) {
          int lineStart = text.lastIndexOf('\n', at) + 1;
          int lineEnd = text.indexOf('\n', at);
          leaks.add(file + ": " + text.substring(lineStart, lineEnd < 0 ? text.length() : Math.min(lineEnd,
              lineStart + 300)));
        }
      }
    }
    System.out.println("SecretScanIT: scanned " + files.size() + " files (" + testOutputs + " test outputs)");
    assertThat(leaks).as("test secrets found in what the suite produced").isEmpty();
  }

  /** Logs, test outputs and reports, and saved pages; not test sources, classes or this test's own report. */
  private static boolean isOutput(Path file) {
    String name = file.getFileName().toString();
    String path = file.toString().replace('\\', '/');
    if (name.contains("SecretScanIT") || path.contains("/classes/") || path.contains("/test-classes/")
        || path.contains("/src/")) {
      return false;
    }
    return name.endsWith(".log") || name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".jsonl")
        || name.endsWith(".xml") && path.contains("-reports/");
  }
}
