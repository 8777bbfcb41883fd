package dev.jdxf.domain.service;

import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.RegistryException;
import dev.jdxf.domain.manifest.DxfAliasManifest;
import dev.jdxf.domain.manifest.Schema1Signer;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.ManifestStore;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Stores the dxf alias manifest for some blobs; when the store refuses schema 2 with a 400, stores
 * a signed schema 1 manifest instead, as aiodxf does.
 */
final class AliasWriter {
  private final ManifestStore manifests;

  AliasWriter(ManifestStore manifests) {
    this.manifests = Objects.requireNonNull(manifests, "manifests");
  }

  CompletionStage<RawManifest> write(RepositoryName repository, Alias alias, List<BlobInfo> blobs) {
    return Stages.call(
        () -> {
          RawManifest manifest = DxfAliasManifest.of(blobs);
          return manifests
              .put(repository, alias, manifest)
              .thenApply(d -> manifest)
              .exceptionallyCompose(
                  t -> {
                    JdxfException e = JdxfException.unwrap(t);
                    if (e instanceof RegistryException r && r.status() == 400) {
                      RawManifest legacy =
                          Schema1Signer.sign(
                              repository, alias, blobs.stream().map(BlobInfo::digest).toList());
                      return manifests.put(repository, alias, legacy).thenApply(d -> legacy);
                    }
                    return CompletableFuture.failedFuture(t);
                  });
        });
  }
}
