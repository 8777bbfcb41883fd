package dev.jdxf.domain.service;

import dev.jdxf.domain.manifest.ManifestParser;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.Manifest;
import dev.jdxf.domain.model.ManifestIndex;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.DeleteAliasUseCase;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.in.PerPlatform;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.ManifestStore;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;

/**
 * dxf del-alias: deletes the manifest an alias names, by the digest the store gives it, and tells
 * what it pointed to: its layers; for an index, each platform manifest's digest; with a platform,
 * that platform's manifest is deleted (the index stays) and its layers are returned.
 */
public final class DeleteAliasService implements DeleteAliasUseCase {
  private final ManifestStore manifests;
  private final ManifestReader reader;

  public DeleteAliasService(Backend backend) {
    this.manifests = Objects.requireNonNull(backend, "backend").manifests();
    this.reader = new ManifestReader(manifests);
  }

  @Override
  public CompletionStage<PerPlatform<List<Digest>>> deleteAlias(Command command) {
    RepositoryName repo = command.repository();
    return Stages.call(
        () ->
            manifests
                .get(repo, command.alias())
                .thenApply(ManifestParser::parse)
                .thenCompose(m -> delete(command, m)));
  }

  private CompletionStage<PerPlatform<List<Digest>>> delete(Command command, Manifest manifest) {
    RepositoryName repo = command.repository();
    if (!(manifest instanceof ManifestIndex index)) {
      return manifests
          .delete(repo, manifest.digest())
          .thenApply(v -> PerPlatform.single(manifest.layerDigests()));
    }
    if (command.platform().isPresent()) {
      String label = ManifestReader.label(repo, ManifestSource.alias(command.alias()));
      Descriptor entry = ManifestReader.select(index, command.platform().get(), label);
      return reader
          .fetchChild(repo, entry.digest())
          .thenCompose(
              child ->
                  manifests
                      .delete(repo, entry.digest())
                      .thenApply(v -> PerPlatform.single(child.layerDigests())));
    }
    SortedMap<String, List<Digest>> out = new TreeMap<>();
    ManifestReader.platforms(index).forEach((name, d) -> out.put(name, List.of(d.digest())));
    return manifests.delete(repo, index.digest()).thenApply(v -> new PerPlatform.ByPlatform<>(out));
  }
}
