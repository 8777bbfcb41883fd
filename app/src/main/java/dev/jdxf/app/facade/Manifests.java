package dev.jdxf.app.facade;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.manifest.DxfAliasManifest;
import dev.jdxf.domain.manifest.ManifestParser;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ImageManifest;
import dev.jdxf.domain.model.Manifest;
import dev.jdxf.domain.model.Platform;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.AliasCommand;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.in.PerPlatform;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/** The manifest operations of one repository view that are more than one use-case call. */
final class Manifests {
  private final Store store;
  private final RepositoryName repository;

  Manifests(Store store, RepositoryName repository) {
    this.store = store;
    this.repository = repository;
  }

  /** The value of a single-manifest result; an index without a platform has none. */
  static <T> T single(PerPlatform<T> result) {
    if (result instanceof PerPlatform.Single<T> one) {
      return one.value();
    }
    throw new BadArgumentException(
        "the alias names a multi-platform index: give a platform, one of "
            + ((PerPlatform.ByPlatform<T>) result).values().keySet());
  }

  Future<PerPlatform<RawManifest>> get(String alias, Optional<Platform> platform) {
    return store.call(
        () ->
            store
                .useCases
                .getManifest()
                .getManifest(
                    new AliasCommand(
                        repository, ManifestSource.alias(Alias.parse(alias)), platform)));
  }

  Future<PerPlatform<List<Digest>>> blobs(ManifestSource source, Optional<Platform> platform) {
    return store.call(
        () -> store.useCases.getAlias().getAlias(new AliasCommand(repository, source, platform)));
  }

  /** Each blob's digest with its size as the manifest states it. */
  Future<List<BlobInfo>> blobsWithSizes(String alias, Optional<Platform> platform) {
    return get(alias, platform).map(Manifests::single).compose(this::sizes);
  }

  private Future<List<BlobInfo>> sizes(RawManifest raw) {
    Manifest manifest = ManifestParser.parse(raw);
    if (manifest instanceof ImageManifest image) {
      return Future.succeededFuture(image.layers().stream().map(Manifests::info).toList());
    }
    // schema 1 states no sizes: ask the registry, as dxf does
    return stat(manifest.layerDigests());
  }

  /** The dxf alias manifest naming {@code digests}, with their sizes from the registry. */
  Future<RawManifest> make(List<Digest> digests) {
    return stat(digests).map(DxfAliasManifest::of);
  }

  private Future<List<BlobInfo>> stat(List<Digest> digests) {
    List<Future<BlobInfo>> each =
        digests.stream()
            .map(
                d ->
                    store
                        .call(() -> store.backend.blobs().stat(repository, d))
                        .map(
                            size ->
                                new BlobInfo(
                                    d,
                                    size.orElseThrow(
                                        () ->
                                            new NotFoundException(
                                                "blob "
                                                    + d
                                                    + " not found in repository "
                                                    + repository)))))
            .toList();
    return Future.all(each).map(all -> each.stream().map(Future::result).toList());
  }

  private static BlobInfo info(Descriptor d) {
    return new BlobInfo(d.digest(), d.size());
  }
}
