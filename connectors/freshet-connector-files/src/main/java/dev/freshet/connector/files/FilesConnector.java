package dev.freshet.connector.files;

import dev.freshet.api.error.RetryableException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.TextFormat;
import dev.freshet.api.source.SourceStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a directory tree with the operating system's watch service and turns file changes into
 * {@code document.changed} events, one document per file. At start-up it compares the directory with
 * the committed position (the content hash of every file it had handed over) and sends what changed
 * meanwhile; after that it sleeps in {@link WatchService#take()} until the file system reports a change.
 * A rename is a delete and a create.
 *
 * <p>Acknowledgement: the known hashes, and so the position, advance only after the sink accepted the
 * events. Event ids derive from path and content, so a change re-sent after a crash is the same event.
 */
final class FilesConnector implements SourceConnector {

  private static final Logger log = LoggerFactory.getLogger(FilesConnector.class);

  private final FilesSettings settings;
  /** The content hash of every file handed over; read and changed only while holding {@link #comparing}. */
  private final Map<String, String> known = new LinkedHashMap<>();
  private final Object comparing = new Object();
  private volatile @Nullable SourceContext context;
  private volatile SourceStatus status = SourceStatus.of(SourceStatus.State.STOPPED, "not started");
  private volatile boolean running;
  private @Nullable WatchService watcher;
  private @Nullable Thread thread;

  FilesConnector(FilesSettings settings) {
    this.settings = settings;
  }

  @Override
  public String sourceId() {
    return settings.sourceId();
  }

  @Override
  public synchronized void start(SourceContext context) {
    this.context = context;
    context.committedPosition().ifPresent(position -> known.putAll(Position.decode(position)));
    try {
      watcher = settings.directory().getFileSystem().newWatchService();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + settings.directory() + ": " + e.getMessage(), e);
    }
    running = true;
    status = SourceStatus.of(SourceStatus.State.STARTING, "scanning " + settings.directory());
    thread = Thread.ofPlatform().name("freshet-source-" + settings.sourceId()).daemon().start(() -> run(context));
  }

  private void run(SourceContext context) {
    try {
      registerTree(settings.directory());
      synchronized (comparing) {
        deliver(context, scan());
      }
      status = SourceStatus.of(SourceStatus.State.RUNNING, "watching " + settings.directory());
      while (running) {
        WatchKey key = watcher.take(); // blocks until the file system reports a change
        Set<Path> changed = new TreeSet<>();
        boolean overflow = false;
        for (WatchKey ready = key; ready != null; ready = watcher.poll()) { // group what is already pending
          overflow |= collect(ready, changed);
        }
        synchronized (comparing) {
          deliver(context, overflow ? scan() : changes(changed));
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // stopping
    } catch (RuntimeException e) {
      status = SourceStatus.of(SourceStatus.State.FAILED, e.toString());
      log.error("Source {} stopped watching {}", settings.sourceId(), settings.directory(), e);
    }
  }

  /** Collects the changed paths of one watch key; registers new directories. Returns true on overflow. */
  private boolean collect(WatchKey key, Set<Path> changed) {
    Path directory = (Path) key.watchable();
    boolean overflow = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        overflow = true;
        continue;
      }
      Path path = directory.resolve((Path) event.context());
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        registerTree(path);
        try (Stream<Path> files = Files.walk(path)) {
          files.filter(Files::isRegularFile).forEach(changed::add);
        } catch (IOException e) {
          overflow = true; // could not read the new directory: compare everything
        }
      } else {
        changed.add(path);
      }
    }
    key.reset();
    return overflow;
  }

  /**
   * Compares the whole directory with what was handed over, as the start-up scan does, and sends the
   * differences: for a change the watch service could not report (a network file system, a directory
   * swapped under Freshet). Returns once they are durable.
   */
  @Override
  public void reconcile() {
    SourceContext running = context;
    if (running == null) {
      throw new IllegalStateException("source " + sourceId() + " is not started");
    }
    synchronized (comparing) {
      try {
        deliver(running, scan());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RetryableException("interrupted while reconciling " + sourceId(), e);
      }
    }
  }

  /** The events that bring the known state up to the directory's state. */
  private List<Pending> scan() {
    Set<Path> present = new TreeSet<>();
    try (Stream<Path> files = Files.walk(settings.directory())) {
      files.filter(Files::isRegularFile).forEach(present::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    known.keySet().forEach(path -> present.add(settings.directory().resolve(path)));
    return changes(present);
  }

  private List<Pending> changes(Set<Path> paths) {
    List<Pending> pending = new ArrayList<>();
    for (Path file : paths) {
      Path relative = settings.directory().relativize(file);
      if (!settings.matcher().matches(relative)) {
        continue;
      }
      String key = relative.toString().replace(java.io.File.separatorChar, '/');
      String before = known.get(key);
      String now = Hashes.ofFile(file);
      if (now == null && before != null) {
        pending.add(new Pending(key, null, event(key, Operation.DELETE, "deleted:" + before, Instant.now())));
      } else if (now != null && !now.equals(before)) {
        pending.add(new Pending(key, now, event(key, before == null ? Operation.CREATE : Operation.UPDATE, now,
            modified(file))));
      }
    }
    return pending;
  }

  /** Hands the events to the sink until it accepts them, then advances the known state and the position. */
  private void deliver(SourceContext context, List<Pending> pending) throws InterruptedException {
    if (pending.isEmpty()) {
      return;
    }
    long wait = 100;
    while (true) {
      try {
        context.sink().accept(pending.stream().map(Pending::event).toList());
        break;
      } catch (RuntimeException e) {
        log.warn("Source {} could not store {} event(s), retrying in {} ms: {}", settings.sourceId(), pending.size(),
            wait, e.toString());
        Thread.sleep(wait);
        wait = Math.min(wait * 2, 10_000);
      }
    }
    for (Pending p : pending) {
      if (p.hash() == null) {
        known.remove(p.path());
      } else {
        known.put(p.path(), p.hash());
      }
    }
    context.commitPosition(Position.encode(known));
  }

  private ChangeEvent event(String path, Operation operation, String contentId, Instant time) {
    String subject = settings.subjectOf(Path.of(path));
    String id = UUID.nameUUIDFromBytes((settings.sourceId() + "|" + path + "|" + operation + "|" + contentId)
        .getBytes(StandardCharsets.UTF_8)).toString();
    String shortId = contentId.substring(Math.max(0, contentId.length() - 12));
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("path", path);
    return new ChangeEvent(id, settings.sourceId(), EventType.DOCUMENT_CHANGED.name(),
        EventType.DOCUMENT_CHANGED.version(), subject, operation, time,
        "files:" + settings.sourceId() + ":" + path + "@" + shortId, null, "content " + shortId, data);
  }

  @Override
  public Optional<List<String>> subjects() {
    try (Stream<Path> files = Files.walk(settings.directory())) {
      return Optional.of(files.filter(Files::isRegularFile)
          .filter(f -> settings.matcher().matches(settings.directory().relativize(f)))
          .map(f -> settings.subjectOf(settings.directory().relativize(f))).sorted().toList());
    } catch (IOException e) {
      throw new RetryableException("listing " + settings.directory() + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<SourceDocument> load(String subject) {
    Optional<Path> file = settings.fileOf(subject)
        .filter(f -> settings.matcher().matches(settings.directory().relativize(f)));
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      String text = new String(Files.readAllBytes(file.get()), StandardCharsets.UTF_8);
      Map<String, String> metadata = new LinkedHashMap<>();
      metadata.put("path", settings.directory().relativize(file.get()).toString().replace(java.io.File.separatorChar, '/'));
      text.lines().filter(l -> l.startsWith("# ")).findFirst().ifPresent(t -> metadata.put("title", t.substring(2).strip()));
      // no modification time: it changes with every touch, and metadata are stored on every chunk (an mtime made a
      // one-line edit rewrite all of a file's chunks); the change's time is the document's watermark instead
      String relative = metadata.get("path");
      return Optional.of(new SourceDocument(subject, text, metadata, TextFormat.ofFileName(relative)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new RetryableException("reading " + file.get() + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public SourceStatus status() {
    SourceStatus current = status;
    return new SourceStatus(current.state(), current.message(),
        Map.of("directory", settings.directory().toString(), "glob", settings.glob()));
  }

  @Override
  public synchronized void close() {
    running = false;
    try {
      if (watcher != null) {
        watcher.close(); // wakes the thread blocked in take()
      }
    } catch (IOException e) {
      log.warn("Source {}: closing the watch service failed: {}", settings.sourceId(), e.toString());
    }
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    status = SourceStatus.of(SourceStatus.State.STOPPED, "stopped");
  }

  private void registerTree(Path root) {
    try (Stream<Path> directories = Files.walk(root)) {
      for (Path directory : directories.filter(Files::isDirectory).toList()) {
        directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + root + ": " + e.getMessage(), e);
    }
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.now();
    }
  }

  /** An event and the known state it leads to (a null hash: the file is gone). */
  private record Pending(String path, @Nullable String hash, ChangeEvent event) {}
}
