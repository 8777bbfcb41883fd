package dev.jdxf.fs;

import dev.jdxf.domain.error.MountFailedException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.BlobStore;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Blobs as files {@code <root>/<repo>/blobs/<alg>/<hex>}. */
final class LayoutBlobStore implements BlobStore {
  private final LayoutRoot layout;
  private final Blocking blocking;
  private final BlobCommitter committer;

  LayoutBlobStore(LayoutRoot layout, Blocking blocking) {
    this.layout = layout;
    this.blocking = blocking;
    this.committer = new BlobCommitter(layout, blocking);
  }

  @Override
  public CompletionStage<Optional<Long>> stat(RepositoryName repository, Digest digest) {
    return blocking.run(
        "cannot stat blob " + digest + " in repository '" + repository + "'",
        () -> {
          Optional<Path> dir = layout.existing(repository);
          if (dir.isEmpty()) {
            return Optional.empty();
          }
          OptionalLong size = SafeFiles.regularFileSize(LayoutRoot.blob(dir.get(), digest));
          return size.isPresent() ? Optional.of(size.getAsLong()) : Optional.empty();
        });
  }

  @Override
  public CompletionStage<BlobContent> read(RepositoryName repository, Digest digest) {
    return blocking.run(
        "cannot read blob " + digest + " in repository '" + repository + "'",
        () -> {
          Path file = existingBlob(repository, digest);
          long size = SafeFiles.regularFileSize(file).orElseThrow();
          return new BlobContent(
              size,
              new FileChunkPublisher(
                  blocking.vertx(),
                  file,
                  size,
                  LocalFileAdapter.CHUNK,
                  StandardOpenOption.READ,
                  LinkOption.NOFOLLOW_LINKS));
        });
  }

  @Override
  public CompletionStage<BlobInfo> write(RepositoryName repository, BlobSource source) {
    return committer.write(repository, source);
  }

  @Override
  public CompletionStage<Void> mount(
      RepositoryName repository,
      RepositoryName from,
      Digest digest,
      Optional<BlobSource> fallback) {
    return blocking
        .run(
            "cannot mount blob " + digest + " from '" + from + "' into '" + repository + "'",
            () -> link(repository, from, digest))
        .thenCompose(
            mounted -> {
              if (mounted) {
                return CompletableFuture.completedFuture(null);
              }
              if (fallback.isPresent()) {
                BlobSource f = fallback.get();
                return committer
                    .write(repository, new BlobSource(f.bytes(), Optional.of(digest), f.size()))
                    .thenApply(info -> null);
              }
              return CompletableFuture.failedFuture(
                  new MountFailedException(
                      "mount failed: blob "
                          + digest
                          + " not found in repository '"
                          + from
                          + "' to mount into '"
                          + repository
                          + "'"));
            });
  }

  /**
   * Hard-links the blob of {@code from} into {@code repository} (a copy when the file system
   * refuses the link); false when {@code from} does not have it.
   */
  private boolean link(RepositoryName repository, RepositoryName from, Digest digest)
      throws IOException {
    Optional<Path> fromDir = layout.existing(from);
    if (fromDir.isEmpty()) {
      return false;
    }
    Path source = LayoutRoot.blob(fromDir.get(), digest);
    if (SafeFiles.regularFileSize(source).isEmpty()) {
      return false;
    }
    Path dir = layout.ensure(repository);
    LayoutRoot.ensureAlgorithmDir(dir, digest.algorithm());
    Path target = LayoutRoot.blob(dir, digest);
    if (SafeFiles.regularFileSize(target).isPresent()) {
      return true;
    }
    try {
      Files.createLink(target, source);
      SafeFiles.fsyncDirectory(SafeFiles.parent(target));
    } catch (FileAlreadyExistsException e) {
      // mounted meanwhile by someone else: the same content is there
    } catch (FileSystemException | UnsupportedOperationException e) {
      SafeFiles.copyAtomically(source, target);
    }
    return true;
  }

  @Override
  public CompletionStage<Void> delete(RepositoryName repository, Digest digest) {
    return blocking.exec(
        "cannot delete blob " + digest + " in repository '" + repository + "'",
        () -> {
          Path file = existingBlob(repository, digest);
          if (!Files.deleteIfExists(file)) {
            throw notFound(repository, digest);
          }
          SafeFiles.fsyncDirectory(SafeFiles.parent(file));
        });
  }

  /**
   * The file of a blob that exists (a regular file, not a link); else {@code NotFoundException}.
   */
  private Path existingBlob(RepositoryName repository, Digest digest) throws IOException {
    Path dir = layout.existing(repository).orElseThrow(() -> notFound(repository, digest));
    Path file = LayoutRoot.blob(dir, digest);
    if (SafeFiles.regularFileSize(file).isEmpty()) {
      throw notFound(repository, digest);
    }
    return file;
  }

  static NotFoundException notFound(RepositoryName repository, Digest digest) {
    return new NotFoundException(
        "blob " + digest + " not found in repository '" + repository + "'");
  }
}
