package dev.jdxf.domain.service;

import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.error.PlatformNotFoundException;
import dev.jdxf.domain.manifest.ManifestParser;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.Manifest;
import dev.jdxf.domain.model.ManifestIndex;
import dev.jdxf.domain.model.Platform;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.in.PerPlatform;
import dev.jdxf.domain.port.out.ManifestStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Fetches and parses manifests, and applies a per-manifest step to an image manifest, or to the
 * platform manifests of an index (all of them, or the one asked for).
 */
final class ManifestReader {
  private final ManifestStore manifests;

  ManifestReader(ManifestStore manifests) {
    this.manifests = Objects.requireNonNull(manifests, "manifests");
  }

  /** The manifest an alias names, or the one given. */
  CompletionStage<Manifest> fetch(RepositoryName repository, ManifestSource source) {
    if (source instanceof ManifestSource.ByAlias a) {
      return manifests.get(repository, a.alias()).thenApply(ManifestParser::parse);
    }
    return Stages.call(
        () ->
            CompletableFuture.completedFuture(
                ManifestParser.parse(((ManifestSource.Given) source).manifest())));
  }

  /** A platform manifest of an index, which must not itself be an index. */
  CompletionStage<Manifest> fetchChild(RepositoryName repository, Digest digest) {
    return manifests
        .get(repository, digest)
        .thenApply(ManifestParser::parse)
        .thenApply(
            m -> {
              if (m instanceof ManifestIndex) {
                throw new InvalidManifestException(
                    "index entry " + digest + " is itself an index; nested indexes are not read");
              }
              return m;
            });
  }

  /**
   * {@code step} over the manifest: for an image (or schema 1) manifest, once; for an index, once
   * per platform entry (sorted by platform name) or, with {@code platform}, for that entry only.
   */
  <T> CompletionStage<PerPlatform<T>> perPlatform(
      RepositoryName repository,
      Manifest manifest,
      Optional<Platform> platform,
      String label,
      Function<Manifest, CompletionStage<T>> step) {
    if (!(manifest instanceof ManifestIndex index)) {
      return step.apply(manifest).thenApply(PerPlatform::single);
    }
    if (platform.isPresent()) {
      Descriptor entry = select(index, platform.get(), label);
      return fetchChild(repository, entry.digest())
          .thenCompose(step)
          .thenApply(PerPlatform::single);
    }
    SortedMap<String, Descriptor> entries = platforms(index);
    return Stages.sequence(
            new ArrayList<>(entries.values()),
            d -> fetchChild(repository, d.digest()).thenCompose(step))
        .thenApply(
            results -> {
              SortedMap<String, T> out = new TreeMap<>();
              List<String> names = new ArrayList<>(entries.keySet());
              for (int i = 0; i < names.size(); i++) {
                out.put(names.get(i), results.get(i));
              }
              return new PerPlatform.ByPlatform<>(out);
            });
  }

  /** The entries of an index that name a platform, by platform name (the first of duplicates). */
  static SortedMap<String, Descriptor> platforms(ManifestIndex index) {
    SortedMap<String, Descriptor> out = new TreeMap<>();
    for (Descriptor d : index.manifests()) {
      d.platform().ifPresent(p -> out.putIfAbsent(p.toString(), d));
    }
    return out;
  }

  /** The entry for {@code platform}; {@link PlatformNotFoundException} listing the others. */
  static Descriptor select(ManifestIndex index, Platform platform, String label) {
    return index
        .find(platform)
        .orElseThrow(
            () ->
                new PlatformNotFoundException(
                    "platform "
                        + platform
                        + " not found in "
                        + label
                        + "; available: "
                        + availableList(platforms(index))));
  }

  private static String availableList(Map<String, Descriptor> entries) {
    return entries.isEmpty() ? "none" : String.join(", ", entries.keySet());
  }

  /**
   * How errors name a manifest source: {@code alias @name in repo} or {@code the given manifest}.
   */
  static String label(RepositoryName repository, ManifestSource source) {
    if (source instanceof ManifestSource.ByAlias a) {
      return "alias @" + a.alias() + " in " + repository;
    }
    return "the given manifest";
  }
}
