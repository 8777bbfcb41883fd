package dev.jdxf.domain.service;

import dev.jdxf.domain.model.ImageManifest;
import dev.jdxf.domain.model.Manifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.BlobSizeUseCase;
import dev.jdxf.domain.port.in.BlobTarget;
import dev.jdxf.domain.port.in.PerPlatform;
import dev.jdxf.domain.port.out.Backend;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * dxf blob-size: a blob's size from the store; an alias's size is the sum of its layers' sizes from
 * its manifest (per platform for an index); schema 1 manifests state no sizes, so each blob is
 * asked for.
 */
public final class BlobSizeService implements BlobSizeUseCase {
  private final Backend backend;
  private final ManifestReader reader;

  public BlobSizeService(Backend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.reader = new ManifestReader(backend.manifests());
  }

  @Override
  public CompletionStage<PerPlatform<Long>> blobSize(Command command) {
    RepositoryName repo = command.repository();
    return Stages.call(
        () -> {
          if (command.target() instanceof BlobTarget.OneBlob one) {
            return BlobSizes.require(backend.blobs(), repo, one.digest())
                .thenApply(info -> PerPlatform.single(info.size()));
          }
          BlobTarget.ManifestBlobs target = (BlobTarget.ManifestBlobs) command.target();
          return reader
              .fetch(repo, target.manifest())
              .thenCompose(
                  m ->
                      reader.perPlatform(
                          repo,
                          m,
                          command.platform(),
                          ManifestReader.label(repo, target.manifest()),
                          child -> size(repo, child)));
        });
  }

  private CompletionStage<Long> size(RepositoryName repo, Manifest manifest) {
    if (manifest instanceof ImageManifest image) {
      return CompletableFuture.completedFuture(image.totalLayerSize());
    }
    return Stages.sequence(
            manifest.layerDigests(), d -> BlobSizes.require(backend.blobs(), repo, d))
        .thenApply(infos -> infos.stream().mapToLong(i -> i.size()).sum());
  }
}
