package dev.jdxf.fs;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.model.RepositoryName;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Stores a blob the crash-safe way: stream into {@code blobs/<alg>/.tmp-*} while hashing, verify
 * digest and size, fsync, rename into place. A failed or refused write leaves no file behind; a
 * writer that died did, and the next write there deletes what it left once a day old.
 */
final class BlobCommitter {
  private final LayoutRoot layout;
  private final Blocking blocking;

  BlobCommitter(LayoutRoot layout, Blocking blocking) {
    this.layout = layout;
    this.blocking = blocking;
  }

  /** A temporary file being filled. */
  private record Staged(Path repositoryDir, Path tmp, FileChannel channel) {
    void discard() {
      try {
        channel.close();
      } catch (IOException e) {
        // the file is deleted next; nothing in it matters
      }
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // best effort: a leftover .tmp-* file is never mistaken for a blob
      }
    }
  }

  CompletionStage<BlobInfo> write(RepositoryName repository, BlobSource source) {
    DigestAlgorithm algorithm =
        source.digest().map(Digest::algorithm).orElse(DigestAlgorithm.SHA256);
    String what = "cannot store blob in repository '" + repository + "'";
    return blocking
        .run(what, () -> stage(repository, algorithm))
        .thenCompose(
            staged -> {
              MessageDigest md = algorithm.newMessageDigest();
              BlobFileWriter writer = new BlobFileWriter(blocking.vertx(), staged.channel(), md);
              try {
                source.bytes().subscribe(writer);
              } catch (RuntimeException e) {
                writer.onError(e);
              }
              return writer
                  .done()
                  .thenCompose(
                      n -> blocking.run(what, () -> commit(repository, staged, source, md, n)))
                  .exceptionallyCompose(
                      t ->
                          blocking
                              .exec(what, staged::discard)
                              .thenCompose(v -> CompletableFuture.failedStage(unwrap(t))));
            });
  }

  private Staged stage(RepositoryName repository, DigestAlgorithm algorithm) throws IOException {
    Path dir = layout.ensure(repository);
    Path algorithmDir = LayoutRoot.ensureAlgorithmDir(dir, algorithm);
    SafeFiles.sweepStaleTemps(algorithmDir, Instant.now());
    Path tmp = Files.createTempFile(algorithmDir, SafeFiles.TMP_PREFIX, "");
    try {
      return new Staged(dir, tmp, FileChannel.open(tmp, StandardOpenOption.WRITE));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  private BlobInfo commit(
      RepositoryName repository, Staged staged, BlobSource source, MessageDigest md, long size)
      throws IOException {
    Digest actual =
        Digest.of(
            source.digest().map(Digest::algorithm).orElse(DigestAlgorithm.SHA256), md.digest());
    if (source.digest().isPresent() && !source.digest().get().equals(actual)) {
      throw new DigestMismatchException(
          "blob written to repository '" + repository + "'", source.digest().get(), actual);
    }
    if (source.size().isPresent() && source.size().getAsLong() != size) {
      throw new BadArgumentException(
          "blob "
              + actual
              + " for repository '"
              + repository
              + "' has "
              + size
              + " bytes, not the "
              + source.size().getAsLong()
              + " announced");
    }
    staged.channel().force(true);
    staged.channel().close();
    Path target = LayoutRoot.blob(staged.repositoryDir(), actual);
    if (SafeFiles.regularFileSize(target).isPresent()) {
      Files.delete(staged.tmp());
    } else {
      SafeFiles.moveIntoPlace(staged.tmp(), target);
    }
    return new BlobInfo(actual, size);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable c = t.getCause();
    return t instanceof CompletionException && c != null ? c : t;
  }
}
