package dev.jdxf.domain.service;

import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.Manifest;
import dev.jdxf.domain.model.ManifestIndex;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.BlobTarget;
import dev.jdxf.domain.port.in.DeleteBlobUseCase;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.out.Backend;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * dxf del-blob: deletes one blob; for an alias, deletes the alias's manifest and then each of its
 * blobs; for a multi-platform alias, each platform manifest and its blobs, then the index (with a
 * platform: only that platform's manifest and blobs). For a given manifest only blobs are deleted.
 * A blob named twice is deleted once.
 */
public final class DeleteBlobService implements DeleteBlobUseCase {
  private final Backend backend;
  private final ManifestReader reader;

  public DeleteBlobService(Backend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.reader = new ManifestReader(backend.manifests());
  }

  @Override
  public CompletionStage<Void> deleteBlob(Command command) {
    RepositoryName repo = command.repository();
    return Stages.call(
        () -> {
          if (command.target() instanceof BlobTarget.OneBlob one) {
            return backend.blobs().delete(repo, one.digest());
          }
          ManifestSource source = ((BlobTarget.ManifestBlobs) command.target()).manifest();
          boolean byAlias = source instanceof ManifestSource.ByAlias;
          return reader
              .fetch(repo, source)
              .thenCompose(m -> deleteAll(command, m, byAlias, ManifestReader.label(repo, source)));
        });
  }

  private CompletionStage<Void> deleteAll(
      Command command, Manifest manifest, boolean byAlias, String label) {
    RepositoryName repo = command.repository();
    Set<Digest> deleted = new HashSet<>();
    if (!(manifest instanceof ManifestIndex index)) {
      return deleteManifestIf(byAlias, repo, manifest.digest())
          .thenCompose(v -> deleteBlobs(repo, manifest, deleted));
    }
    List<Descriptor> entries =
        command.platform().isPresent()
            ? List.of(ManifestReader.select(index, command.platform().get(), label))
            : new ArrayList<>(ManifestReader.platforms(index).values());
    return Stages.forEach(
            entries,
            entry ->
                reader
                    .fetchChild(repo, entry.digest())
                    .thenCompose(
                        child ->
                            deleteManifestIf(byAlias, repo, entry.digest())
                                .thenCompose(v -> deleteBlobs(repo, child, deleted))))
        .thenCompose(
            v -> deleteManifestIf(byAlias && command.platform().isEmpty(), repo, index.digest()));
  }

  private CompletionStage<Void> deleteManifestIf(
      boolean condition, RepositoryName repo, Digest digest) {
    return condition
        ? backend.manifests().delete(repo, digest)
        : CompletableFuture.completedFuture(null);
  }

  private CompletionStage<Void> deleteBlobs(
      RepositoryName repo, Manifest manifest, Set<Digest> deleted) {
    List<Digest> todo = new ArrayList<>();
    for (Digest d : manifest.layerDigests()) {
      if (deleted.add(d)) {
        todo.add(d);
      }
    }
    return Stages.forEach(todo, d -> backend.blobs().delete(repo, d));
  }
}
