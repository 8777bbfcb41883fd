package dev.jdxf.domain.service;

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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * dxf push-blob: hash a file (SHA-256), skip the upload when the store has the blob (no progress is
 * reported then), else stream it with progress; then point the alias at it. A stream of known
 * digest is handled the same way; one of unknown digest is always uploaded and hashed on the way.
 */
public final class PushBlobService implements PushBlobUseCase {
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
          .hash(f.path(), DigestAlgorithm.SHA256)
          .thenCompose(
              info ->
                  existing(command, info.digest())
                      .thenCompose(
                          present ->
                              present.isPresent()
                                  ? CompletableFuture.completedFuture(info)
                                  : files
                                      .open(f.path())
                                      .thenCompose(
                                          content ->
                                              backend
                                                  .blobs()
                                                  .write(
                                                      repo,
                                                      BlobSource.known(
                                                          info,
                                                          BlobStreams.withProgress(
                                                              content.bytes(),
                                                              info.digest(),
                                                              info.size(),
                                                              command.progress()))))));
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
