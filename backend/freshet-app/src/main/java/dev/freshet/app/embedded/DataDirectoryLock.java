package dev.freshet.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@code <postgres data directory>.lock}, held while this process runs the embedded
 * server. The operating system releases it when the process dies however it dies, so a held lock means
 * another live Freshet uses the directory, and a free one means a server still running there is an orphan.
 */
final class DataDirectoryLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirectoryLock acquire(Path dataDirectory) {
    Path file = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
    try {
      Files.createDirectories(file.getParent());
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock(); // null: another process holds it
      } catch (OverlappingFileLockException e) {
        lock = null; // this process holds it already
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException("Another Freshet is running with the data directory " + file.getParent()
            + " (it holds " + file + "). Stop it, or give this one its own freshet.data-dir.");
      }
      return new DataDirectoryLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock " + file + ": " + e.getMessage()
          + ". Check that freshet.data-dir is writable.", e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // released by the operating system when the channel or the process goes away
    }
  }
}
