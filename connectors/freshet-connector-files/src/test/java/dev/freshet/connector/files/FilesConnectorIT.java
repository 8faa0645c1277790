package dev.freshet.connector.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.testkit.RecordingSourceContext;
import dev.freshet.testkit.SourceConnectorContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files connector against a real directory and the operating system's watch service. */
class FilesConnectorIT extends SourceConnectorContract {

  @TempDir
  Path directory;

  @Override
  protected SourceConnector newConnector() {
    return new FilesConnectorProvider().create(new SourceConfig("contract", Map.of("directory", directory.toString())));
  }

  @Override
  protected String write(String key, String text) throws Exception {
    Files.writeString(directory.resolve(key + ".md"), "# " + key + "\n\n" + text);
    return "files:" + key + ".md";
  }

  @Override
  protected void delete(String key) throws Exception {
    Files.delete(directory.resolve(key + ".md"));
  }

  @Test
  void changesMadeWhileStoppedAreFoundByTheStartUpScanAndARenameIsARemovePlusAnAdd() throws Exception {
    RecordingSourceContext first = new RecordingSourceContext("contract", null);
    start(first);
    write("kept", "Unchanged.");
    write("edited", "Before.");
    write("moved", "Moving house.");
    // the watch service may report a file while it is still being written: wait for the final contents
    Map<String, String> expected = Map.of("kept.md", Hashes.ofFile(directory.resolve("kept.md")),
        "edited.md", Hashes.ofFile(directory.resolve("edited.md")), "moved.md", Hashes.ofFile(directory.resolve("moved.md")));
    await().atMost(TIMEOUT).until(() -> Position.decode(first.committedPosition().orElse("")).equals(expected));
    stop();

    write("edited", "After, edited while Freshet was stopped.");
    Files.move(directory.resolve("moved.md"), directory.resolve("renamed.md"));
    RecordingSourceContext second = new RecordingSourceContext("contract", first.committedPosition().orElseThrow());
    start(second);

    await().atMost(TIMEOUT).until(() -> second.events().size() == 3);
    assertThat(second.events()).extracting(e -> e.subject() + " " + e.operation()).containsExactlyInAnyOrder(
        "files:edited.md UPDATE", "files:moved.md DELETE", "files:renamed.md CREATE");
  }

  @Test
  void anOnDemandReconcileReturnsOnceTheDirectorysDifferencesAreDurable() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    SourceConnector source = start(context);
    // appears whole (written aside, then moved in), so the watcher cannot catch it empty and half-written
    Path aside = Files.writeString(directory.resolve("swapped.tmp"), "# Swapped\n\nWritten behind the watcher's back.");
    Files.move(aside, directory.resolve("swapped.md"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);

    source.reconcile();

    assertThat(eventsFor(context, "files:swapped.md")).as("durable when reconcile returns")
        .extracting(ChangeEvent::operation).containsExactly(Operation.CREATE);
    int before = context.events().size();
    source.reconcile();
    assertThat(context.events()).as("nothing changed since").hasSize(before);
  }

  @Test
  void filesInNewSubdirectoriesAreWatchedAndOtherFilesIgnored() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    SourceConnector source = start(context);
    Files.createDirectories(directory.resolve("guide/deep"));
    Files.writeString(directory.resolve("guide/deep/intro.md"), "# Intro\n\nNested text.");
    Files.writeString(directory.resolve("guide/image.png"), "not a document");

    ChangeEvent event = awaitEventFor(context, "files:guide/deep/intro.md");
    assertThat(event.operation()).isEqualTo(Operation.CREATE);
    assertThat(source.load("files:guide/deep/intro.md")).get()
        .satisfies(d -> assertThat(d.metadata()).containsEntry("title", "Intro").containsEntry("path", "guide/deep/intro.md"));
    assertThat(context.events()).noneMatch(e -> e.subject().endsWith(".png"));
    assertThat(source.load("files:../outside.md")).isEmpty();
  }

  @Test
  void aMissingDirectoryFailsWithThePropertyAndTheFix() {
    assertThatThrownBy(() -> new FilesConnectorProvider().create(new SourceConfig("docs",
        Map.of("directory", directory.resolve("nope").toString()))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("freshet.sources.docs.directory").hasMessageContaining("is not a directory");
  }

  @Test
  void thePositionAdvancesOnlyAfterTheSinkAcceptedTheBatch() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    start(context);
    context.failNextAccepts(2);

    write("refused", "Refused twice, then accepted.");

    await().atMost(TIMEOUT).until(() -> context.journal().contains("committed"));
    assertThat(context.journal()).startsWith("failed", "failed", "accepted", "committed");
  }

  @Test
  void positionsRoundTrip() {
    Map<String, String> hashes = Map.of("a b/c.md", "0".repeat(64), "d.md", "f".repeat(64));
    assertThat(Position.decode(Position.encode(hashes))).isEqualTo(hashes);
  }
}
