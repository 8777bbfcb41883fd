package dev.jdxf.http;

import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.Reference;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.ManifestStore;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Manifests and aliases in a registry. */
final class RegistryManifestStore implements ManifestStore {
  private final RegistryContext registry;

  RegistryManifestStore(RegistryContext registry) {
    this.registry = registry;
  }

  @Override
  public CompletionStage<RawManifest> get(RepositoryName repository, Reference reference) {
    return registry.run(r -> r.send(new ManifestPuller(repository, reference)));
  }

  @Override
  public CompletionStage<Optional<Descriptor>> head(
      RepositoryName repository, Reference reference) {
    return registry.run(r -> r.send(new ManifestChecker(repository, reference)));
  }

  @Override
  public CompletionStage<Digest> put(
      RepositoryName repository, Reference reference, RawManifest manifest) {
    return registry.run(r -> r.send(new ManifestPusher(repository, reference, manifest)));
  }

  @Override
  public CompletionStage<Void> delete(RepositoryName repository, Digest digest) {
    return registry.run(r -> r.send(new ManifestDeleter(repository, digest)));
  }

  @Override
  public CompletionStage<Page> listAliases(RepositoryName repository, PageRequest page) {
    return registry.run(
        r ->
            r.send(
                new TagLister(
                    repository,
                    Listings.pageUrl(
                        TagLister.firstPage(r.base(), repository), page, r.base(), r.registry()),
                    r.registry())));
  }
}
