package dev.jdxf.fs;

import dev.jdxf.domain.error.StorageException;
import dev.jdxf.domain.model.RawManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Reading and changing a layout's {@code index.json}. Readers need no lock (the file is only ever
 * replaced by an atomic rename); writers read, change and replace it under {@link IndexLock}, so
 * concurrent writers in any number of processes lose no entry.
 */
final class IndexFile {
  private IndexFile() {}

  /** The index of a repository directory; a missing file reads as an empty index. */
  static LayoutIndex read(Path repositoryDir) throws IOException {
    Path file = repositoryDir.resolve(LayoutRoot.INDEX);
    return SafeFiles.readSmall(
            file,
            RawManifest.MAX_BYTES,
            size ->
                new StorageException(
                    file
                        + " is "
                        + size
                        + " bytes, larger than the limit of "
                        + RawManifest.MAX_BYTES
                        + " bytes"))
        .map(bytes -> LayoutIndex.parse(bytes, file.toString()))
        .orElseGet(LayoutIndex::empty);
  }

  /** Creates an empty index when the repository has none. */
  static void ensure(Path repositoryDir) throws IOException {
    Path file = repositoryDir.resolve(LayoutRoot.INDEX);
    if (SafeFiles.regularFileSize(file).isPresent()) {
      return;
    }
    IndexLock.holding(
        repositoryDir,
        () -> {
          if (SafeFiles.regularFileSize(file).isEmpty()) {
            SafeFiles.writeAtomically(file, LayoutIndex.empty().toBytes());
          }
          return true;
        });
  }

  /** The index before and after a change. */
  record Update(LayoutIndex before, LayoutIndex after) {
    boolean changed() {
      return before != after;
    }
  }

  /**
   * Applies {@code change} to the current index under the lock and writes the result when it is a
   * new index.
   */
  static Update update(Path repositoryDir, UnaryOperator<LayoutIndex> change) throws IOException {
    return IndexLock.holding(
        repositoryDir,
        () -> {
          LayoutIndex before = read(repositoryDir);
          LayoutIndex after = change.apply(before);
          if (after != before) {
            byte[] bytes = after.toBytes();
            if (bytes.length > RawManifest.MAX_BYTES) {
              throw new StorageException(
                  "index.json of " + repositoryDir + " would exceed " + RawManifest.MAX_BYTES);
            }
            SafeFiles.writeAtomically(repositoryDir.resolve(LayoutRoot.INDEX), bytes);
          }
          return new Update(before, after);
        });
  }
}
