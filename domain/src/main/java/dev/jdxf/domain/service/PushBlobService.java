package dev.jdxf.domain.service;

import dev.jdxf.domain.error.StorageException;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.model.ProgressListener;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.PushBlobUseCase;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.LocalFiles;
import dev.jdxf.domain.stream.BlobStreams;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * dxf push-blob: hash a file (SHA-256), skip the upload when the store has the blob (no progress is
 * reported then), else stream it with progress; then point the alias at it. A large file is hashed
 * while it is already being sent (see {@link #OVERLAP_FROM_BYTES}). A stream of known digest is
 * handled the same way; one of unknown digest is always uploaded and hashed on the way.
 */
public final class PushBlobService implements PushBlobUseCase {
  /**
   * Files this large are hashed while they are sent (the upload waits for the digest only to
   * commit); smaller ones are hashed first, so a blob the store has costs no upload session.
   */
  static final long OVERLAP_FROM_BYTES = 8L << 20;

  private final Backend backend;
  private final LocalFiles files;
  private final AliasWriter aliases;

  public PushBlobService(Backend backend, LocalFiles files) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.files = Objects.requireNonNull(files, "files");
    this.aliases = new AliasWriter(backend.manifests());
  }

  @Override
  public CompletionStage<Digest> pushBlob(Command command) {
    return Stages.call(
        () ->
            store(command)
                .thenCompose(
                    info ->
                        command
                            .alias()
                            .map(
                                a ->
                                    aliases
                                        .write(command.repository(), a, List.of(info))
                                        .thenApply(m -> info.digest()))
                            .orElseGet(() -> CompletableFuture.completedFuture(info.digest()))));
  }

  private CompletionStage<BlobInfo> store(Command command) {
    RepositoryName repo = command.repository();
    if (command.content() instanceof Content.File f) {
      return files
          .open(f.path())
          .thenCompose(
              content ->
                  content.size() >= OVERLAP_FROM_BYTES
                      ? overlapped(command, f.path(), content)
                      : hashFirst(command, f.path(), content));
    }
    BlobSource source = ((Content.Stream) command.content()).source();
    if (source.digest().isEmpty()) {
      return backend.blobs().write(repo, source);
    }
    Digest digest = source.digest().get();
    return existing(command, digest)
        .thenCompose(
            present ->
                present.isPresent()
                    ? CompletableFuture.completedFuture(present.get())
                    : backend
                        .blobs()
                        .write(repo, withProgress(source, digest, command.progress())));
  }

  /** Small files: hash, ask the store, and only then send the bytes under the known digest. */
  private CompletionStage<BlobInfo> hashFirst(Command command, Path file, BlobContent content) {
    return files
        .hash(file, DigestAlgorithm.SHA256)
        .thenCompose(
            info ->
                existing(command, info.digest())
                    .thenCompose(
                        present ->
                            present.isPresent()
                                ? CompletableFuture.completedFuture(info)
                                : backend
                                    .blobs()
                                    .write(
                                        command.repository(),
                                        BlobSource.known(
                                            info,
                                            BlobStreams.withProgress(
                                                content.bytes(),
                                                info.digest(),
                                                info.size(),
                                                command.progress())))));
  }

  /**
   * Large files: hashing and sending overlap. The bytes start streaming at once; the digest (once
   * the file is hashed and the store asked whether it has the blob) commits them. When the store
   * has the blob already, the upload is abandoned before it is committed and nothing is reported as
   * progress, as when hashing first.
   */
  private CompletionStage<BlobInfo> overlapped(Command command, Path file, BlobContent content) {
    CompletableFuture<Digest> commitAs =
        files
            .hash(file, DigestAlgorithm.SHA256)
            .thenCompose(
                info -> {
                  if (info.size() != content.size()) {
                    throw new StorageException(
                        "cannot push " + file + ": it changed size while being read");
                  }
                  return existing(command, info.digest())
                      .thenApply(
                          present -> {
                            if (present.isPresent()) {
                              throw new AlreadyStored(present.get());
                            }
                            return info.digest();
                          });
                })
            .toCompletableFuture();
    Flow.Publisher<ByteBuffer> bytes =
        BlobStreams.withProgressOnceKnown(
            content.bytes(), commitAs, content.size(), command.progress());
    return backend
        .blobs()
        .writeAhead(command.repository(), bytes, content.size(), commitAs)
        .handle(
            (stored, failure) ->
                failure == null
                    ? CompletableFuture.completedFuture(stored)
                    // e.g. no right to push: the blob may still be there, as dxf would find first
                    : commitAs.handle((digest, hashing) -> settle(failure, hashing)))
        .thenCompose(Function.identity());
  }

  /**
   * A failed overlapped upload: the blob the store turned out to have, else the hashing's failure
   * (the file's problem comes first), else the upload's.
   */
  private static BlobInfo settle(Throwable upload, @Nullable Throwable hashing) {
    Throwable cause = unwrapped(hashing == null ? upload : hashing);
    if (cause instanceof AlreadyStored already) {
      return already.info;
    }
    throw new CompletionException(cause);
  }

  private static Throwable unwrapped(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }

  /** Not a failure: the store has the blob, so the upload that overlapped hashing is abandoned. */
  private static final class AlreadyStored extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient BlobInfo info;

    AlreadyStored(BlobInfo info) {
      super("the store has blob " + info.digest() + " already", null, false, false);
      this.info = info;
    }
  }

  /** The blob when the store has it and the command asks to check; else empty. */
  private CompletionStage<Optional<BlobInfo>> existing(Command command, Digest digest) {
    if (!command.checkExists()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return backend
        .blobs()
        .stat(command.repository(), digest)
        .thenApply(size -> size.map(s -> new BlobInfo(digest, s)));
  }

  private static BlobSource withProgress(
      BlobSource source, Digest digest, ProgressListener progress) {
    if (source.size().isEmpty()) {
      return source;
    }
    return new BlobSource(
        BlobStreams.withProgress(source.bytes(), digest, source.size().getAsLong(), progress),
        source.digest(),
        source.size());
  }
}
