package dev.jdxf.domain.service;

import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.port.in.MountBlobUseCase;
import dev.jdxf.domain.port.out.Backend;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** dxf mount-blob: mount a blob from another repository, then point the alias at it. */
public final class MountBlobService implements MountBlobUseCase {
  private final Backend backend;
  private final AliasWriter aliases;

  public MountBlobService(Backend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.aliases = new AliasWriter(backend.manifests());
  }

  @Override
  public CompletionStage<Digest> mountBlob(Command command) {
    return Stages.call(
        () ->
            backend
                .blobs()
                .mount(command.repository(), command.from(), command.digest(), Optional.empty())
                .thenCompose(
                    v ->
                        command.alias().isEmpty()
                            ? CompletableFuture.completedFuture(command.digest())
                            : BlobSizes.require(
                                    backend.blobs(), command.repository(), command.digest())
                                .thenCompose(
                                    info ->
                                        aliases.write(
                                            command.repository(),
                                            command.alias().get(),
                                            List.of(info)))
                                .thenApply(m -> command.digest())));
  }
}
