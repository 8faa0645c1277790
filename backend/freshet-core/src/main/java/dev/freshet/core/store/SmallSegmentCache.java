package dev.freshet.core.store;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.NRTCachingDirectory;

/**
 * Lucene's NRT cache: each refresh flushes a segment of the few documents written since the last one, whose
 * dozen files (merged into a compound file at once, then deleted) cost more in file creation, deletion and
 * mapping than in writing: on this project's benchmark machine the agents spent two thirds of their CPU time in
 * the kernel, most of it creating files. Kept in memory, only the compound file reaches the disk, at the
 * commit (which syncs it). Lucene's class caches only writes it knows the size of; the flush's temporary and
 * stored-field files come without one, so they are cached too, within the same memory bound. Commit points
 * ({@code segments_N}) always go to disk.
 */
final class SmallSegmentCache extends NRTCachingDirectory {

  /** Files of flushed and small merged segments are kept in memory until a commit syncs them (below this size). */
  private static final double CACHE_SEGMENTS_UP_TO_MB = 4;
  /** The most memory those files take; beyond it they go to disk at once. */
  private static final double CACHE_AT_MOST_MB = 16;

  SmallSegmentCache(Directory disk) {
    super(disk, CACHE_SEGMENTS_UP_TO_MB, CACHE_AT_MOST_MB);
  }

  @Override
  protected boolean doCacheWrite(String name, IOContext context) {
    if (name.startsWith("segments") || name.startsWith("pending_segments")) {
      return false;
    }
    if (context.mergeInfo() == null && context.flushInfo() == null) {
      return ramBytesUsed() < (long) (CACHE_AT_MOST_MB * 1024 * 1024);
    }
    return super.doCacheWrite(name, context);
  }
}
