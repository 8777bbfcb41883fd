package dev.jdxf.fs;

import dev.jdxf.domain.error.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion for changes to one repository's {@code index.json}, between threads and between
 * processes: an in-JVM lock (file locks are held per process) and then an exclusive {@link
 * FileLock} on {@code <repo>/index.json.lock}.
 */
final class IndexLock {
  static final String LOCK_FILE = "index.json.lock";
  private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(60);

  /**
   * Striped so that memory stays bounded; two repositories sharing a stripe merely take turns.
   * Static because file locks belong to the whole JVM: every adapter instance must share these.
   */
  private static final ReentrantLock[] STRIPES = new ReentrantLock[64];

  static {
    for (int i = 0; i < STRIPES.length; i++) {
      STRIPES[i] = new ReentrantLock();
    }
  }

  private IndexLock() {}

  /** Runs {@code body} while holding the repository's index lock. */
  static <T> T holding(Path repositoryDir, IoCallable<T> body) throws IOException {
    Path lockFile = repositoryDir.resolve(LOCK_FILE);
    ReentrantLock local =
        STRIPES[Math.floorMod(lockFile.toAbsolutePath().normalize().hashCode(), STRIPES.length)];
    local.lock();
    try (FileChannel ch =
        FileChannel.open(
            lockFile,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS)) {
      FileLock lock = acquire(ch, lockFile);
      try {
        return body.call();
      } finally {
        lock.release();
      }
    } finally {
      local.unlock();
    }
  }

  /**
   * Blocks until the process-wide lock is ours. Another adapter in this JVM that reached the same
   * file by a different path holds it as an overlapping lock: wait for it to let go.
   */
  private static FileLock acquire(FileChannel ch, Path lockFile) throws IOException {
    long deadline = System.nanoTime() + WAIT_NANOS;
    while (true) {
      try {
        return ch.lock();
      } catch (OverlappingFileLockException e) {
        if (System.nanoTime() > deadline) {
          throw new StorageException("timed out waiting for the lock " + lockFile, e);
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new StorageException("interrupted while waiting for the lock " + lockFile, ie);
        }
      }
    }
  }
}
