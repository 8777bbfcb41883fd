package dev.jdxf.fs;

import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * File operations that never follow a symbolic link inside the layout and never leave a partial
 * file behind: temporary file in the same directory, fsync, atomic rename, fsync of the directory.
 */
final class SafeFiles {
  static final String TMP_PREFIX = ".tmp-";

  /**
   * How long a temporary file may go unwritten before it counts as a dead writer's: a live writer
   * changes it every few milliseconds.
   */
  static final Duration STALE_TEMP_AGE = Duration.ofHours(24);

  private SafeFiles() {}

  /** The directory holding {@code path}. */
  static Path parent(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    if (parent == null) {
      throw new IllegalArgumentException("no parent directory: " + path);
    }
    return parent;
  }

  /** The attributes of {@code path} itself (a link is not followed), or null when absent. */
  static @Nullable BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** The size of a regular file, or empty when absent; refuses links and other kinds of file. */
  static OptionalLong regularFileSize(Path path) throws IOException {
    BasicFileAttributes attrs = attributes(path);
    if (attrs == null) {
      return OptionalLong.empty();
    }
    requireRegular(path, attrs);
    return OptionalLong.of(attrs.size());
  }

  static void requireRegular(Path path, BasicFileAttributes attrs) {
    if (attrs.isSymbolicLink()) {
      throw refusedLink(path);
    }
    if (!attrs.isRegularFile()) {
      throw new StorageException("not a regular file in the OCI layout: " + path);
    }
  }

  static StorageException refusedLink(Path path) {
    return new StorageException("refusing symbolic link in the OCI layout: " + path);
  }

  /**
   * Reads a regular file of at most {@code max} bytes, or empty when absent; a larger file fails
   * with {@code tooLarge.apply(size)}.
   */
  static Optional<byte[]> readSmall(Path path, int max, LongFunction<JdxfException> tooLarge)
      throws IOException {
    OptionalLong size = regularFileSize(path);
    if (size.isEmpty()) {
      return Optional.empty();
    }
    try (SeekableByteChannel ch =
        Files.newByteChannel(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      long actual = ch.size();
      if (actual > max) {
        throw tooLarge.apply(actual);
      }
      ByteBuffer buf = ByteBuffer.allocate((int) actual);
      while (buf.hasRemaining() && ch.read(buf) >= 0) {
        // keep reading until full or end of file
      }
      if (buf.hasRemaining()) {
        throw new StorageException(path + " shrank while being read");
      }
      return Optional.of(buf.array());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Makes {@code dir} a directory (creating it when absent); refuses links and files. */
  static void ensureDirectory(Path dir) throws IOException {
    BasicFileAttributes attrs = attributes(dir);
    if (attrs == null) {
      try {
        Files.createDirectory(dir);
        return;
      } catch (FileAlreadyExistsException e) {
        attrs = attributes(dir);
        if (attrs == null) {
          throw new StorageException("directory vanished while being created: " + dir, e);
        }
      }
    }
    requireDirectory(dir, attrs);
  }

  /** Creates {@code dir} and its parents when absent (links above the layout are the user's). */
  static void ensureDirectories(Path dir) throws IOException {
    Files.createDirectories(dir);
  }

  static void requireDirectory(Path dir, BasicFileAttributes attrs) {
    if (attrs.isSymbolicLink()) {
      throw refusedLink(dir);
    }
    if (!attrs.isDirectory()) {
      throw new StorageException("not a directory in the OCI layout: " + dir);
    }
  }

  /**
   * Deletes the temporary files in {@code dir} that nothing has written for {@link
   * #STALE_TEMP_AGE}: what a crashed or killed writer left (a partial blob can be gigabytes). Best
   * effort: a file that cannot be read or deleted is left as it is; links are never followed.
   */
  static void sweepStaleTemps(Path dir, Instant now) {
    Instant before = now.minus(STALE_TEMP_AGE);
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, TMP_PREFIX + "*")) {
      for (Path temp : temps) {
        try {
          BasicFileAttributes attrs =
              Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (attrs.isRegularFile() && attrs.lastModifiedTime().toInstant().isBefore(before)) {
            Files.deleteIfExists(temp);
          }
        } catch (IOException e) {
          // gone meanwhile, or not ours to delete: the next write tries again
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // a sweep never fails the write it precedes
    }
  }

  /** A new empty temporary file next to {@code target} (same directory, so renames are atomic). */
  static Path createTemp(Path target) throws IOException {
    Path dir = parent(target);
    return Files.createTempFile(dir, TMP_PREFIX, "");
  }

  /** Replaces {@code target} with {@code bytes}, atomically and durably. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = createTemp(target);
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      moveIntoPlace(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Copies {@code source} (a regular file, not followed if a link) to {@code target} atomically.
   */
  static void copyAtomically(Path source, Path target) throws IOException {
    Path tmp = createTemp(target);
    try {
      Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      moveIntoPlace(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Renames {@code tmp} to {@code target} atomically, then syncs the directory. */
  static void moveIntoPlace(Path tmp, Path target) throws IOException {
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    fsyncDirectory(parent(target));
  }

  /** Syncs a directory's entries to disk where the platform allows it (best effort). */
  static void fsyncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      // not every platform can open or sync a directory; the rename itself is already atomic
    }
  }
}
