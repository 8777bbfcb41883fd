package dev.jdxf.fs;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.error.StorageException;
import dev.jdxf.domain.manifest.ManifestParser;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ImageManifest;
import dev.jdxf.domain.model.Manifest;
import dev.jdxf.domain.model.ManifestIndex;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.Reference;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.ManifestStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Manifests as blobs of the layout, named by {@code index.json} entries: an alias is an entry
 * annotated {@code org.opencontainers.image.ref.name}; a manifest stored by digest gets an entry
 * without one, so that it stays reachable. Like a registry, the store refuses a manifest that is
 * malformed or names a blob (or, for an index, a manifest) the repository does not have.
 */
final class LayoutManifestStore implements ManifestStore {
  private final LayoutRoot layout;
  private final Blocking blocking;

  LayoutManifestStore(LayoutRoot layout, Blocking blocking) {
    this.layout = layout;
    this.blocking = blocking;
  }

  @Override
  public CompletionStage<RawManifest> get(RepositoryName repository, Reference reference) {
    return blocking.run(
        "cannot read manifest " + name(repository, reference),
        () -> find(repository, reference).orElseThrow(() -> notFound(repository, reference)));
  }

  @Override
  public CompletionStage<Optional<Descriptor>> head(
      RepositoryName repository, Reference reference) {
    return blocking.run(
        "cannot read manifest " + name(repository, reference),
        () -> find(repository, reference).map(RawManifest::descriptor));
  }

  /** The manifest, verified against its digest, or empty when absent. */
  private Optional<RawManifest> find(RepositoryName repository, Reference reference)
      throws IOException {
    Optional<Path> dir = layout.existing(repository);
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    LayoutIndex index = IndexFile.read(dir.get());
    if (reference instanceof Alias alias) {
      Optional<LayoutIndex.Entry> entry = index.byAlias(alias.name());
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      Descriptor d = entry.get().descriptor();
      byte[] bytes =
          readManifest(dir.get(), repository, reference, d.digest())
              .orElseThrow(() -> missingBlob(repository, reference, d.digest()));
      return Optional.of(verified(bytes, d.mediaType(), d.digest(), repository, reference));
    }
    Digest digest = (Digest) reference;
    List<LayoutIndex.Entry> entries = index.byDigest(digest);
    if (!entries.isEmpty()) {
      MediaType mediaType = entries.get(0).descriptor().mediaType();
      byte[] bytes =
          readManifest(dir.get(), repository, reference, digest)
              .orElseThrow(() -> missingBlob(repository, reference, digest));
      return Optional.of(verified(bytes, mediaType, digest, repository, reference));
    }
    return unindexed(dir.get(), digest)
        .map(
            bytes ->
                verified(
                    bytes,
                    ManifestTypes.infer(bytes).orElseThrow(),
                    digest,
                    repository,
                    reference));
  }

  /** A manifest blob that no entry names (e.g. one whose alias moved on), if it is a manifest. */
  private static Optional<byte[]> unindexed(Path dir, Digest digest) throws IOException {
    Path file = LayoutRoot.blob(dir, digest);
    if (SafeFiles.regularFileSize(file).orElse(Long.MAX_VALUE) > RawManifest.MAX_BYTES) {
      return Optional.empty();
    }
    return SafeFiles.readSmall(file, RawManifest.MAX_BYTES, size -> notAManifest(file))
        .filter(bytes -> ManifestTypes.infer(bytes).isPresent());
  }

  private static Optional<byte[]> readManifest(
      Path dir, RepositoryName repository, Reference reference, Digest digest) throws IOException {
    return SafeFiles.readSmall(
        LayoutRoot.blob(dir, digest),
        RawManifest.MAX_BYTES,
        size ->
            new InvalidManifestException(
                "manifest "
                    + name(repository, reference)
                    + " is "
                    + size
                    + " bytes, larger than the limit of "
                    + RawManifest.MAX_BYTES
                    + " bytes"));
  }

  private static RawManifest verified(
      byte[] bytes,
      MediaType mediaType,
      Digest digest,
      RepositoryName repository,
      Reference reference) {
    if (!digest.matches(bytes)) {
      Digest actual =
          Digest.of(digest.algorithm(), digest.algorithm().newMessageDigest().digest(bytes));
      throw new DigestMismatchException("manifest " + name(repository, reference), digest, actual);
    }
    return RawManifest.of(bytes, mediaType);
  }

  @Override
  public CompletionStage<Digest> put(
      RepositoryName repository, Reference reference, RawManifest manifest) {
    return blocking.run(
        "cannot store manifest " + name(repository, reference),
        () -> {
          byte[] bytes = manifest.bytes();
          Digest digest = manifest.digest();
          if (reference instanceof Digest given) {
            if (!given.matches(bytes)) {
              throw new DigestMismatchException(
                  "manifest " + name(repository, reference), given, digest);
            }
            digest = given;
          }
          List<Digest> references = references(manifest);
          Path dir = layout.ensure(repository);
          for (Digest blob : references) {
            if (SafeFiles.regularFileSize(LayoutRoot.blob(dir, blob)).isEmpty()) {
              throw new InvalidManifestException(
                  "manifest "
                      + name(repository, reference)
                      + " names blob "
                      + blob
                      + ", which repository '"
                      + repository
                      + "' does not have");
            }
          }
          LayoutRoot.ensureAlgorithmDir(dir, digest.algorithm());
          Path file = LayoutRoot.blob(dir, digest);
          if (SafeFiles.regularFileSize(file).isEmpty()) {
            SafeFiles.writeAtomically(file, bytes);
          }
          Descriptor descriptor = Descriptor.of(manifest.mediaType(), digest, bytes.length);
          IndexFile.update(
              dir,
              index ->
                  reference instanceof Alias alias
                      ? index.withAlias(alias, descriptor)
                      : index.withManifest(descriptor));
          return digest;
        });
  }

  /** What a manifest names: config and layers, the manifests of an index, or fsLayers. */
  private static List<Digest> references(RawManifest raw) {
    Manifest manifest = ManifestParser.parse(raw);
    List<Digest> digests = new ArrayList<>();
    if (manifest instanceof ImageManifest image) {
      digests.add(image.config().digest());
      digests.addAll(image.layerDigests());
    } else if (manifest instanceof ManifestIndex index) {
      index.manifests().forEach(d -> digests.add(d.digest()));
    } else {
      digests.addAll(manifest.layerDigests());
    }
    return digests;
  }

  @Override
  public CompletionStage<Void> delete(RepositoryName repository, Digest digest) {
    return blocking.exec(
        "cannot delete manifest " + name(repository, digest),
        () -> {
          Path dir = layout.existing(repository).orElseThrow(() -> notFound(repository, digest));
          boolean wasIndexed =
              IndexFile.update(
                      dir,
                      index -> index.byDigest(digest).isEmpty() ? index : index.without(digest))
                  .changed();
          Path file = LayoutRoot.blob(dir, digest);
          if (!wasIndexed && unindexed(dir, digest).isEmpty()) {
            throw notFound(repository, digest);
          }
          Files.deleteIfExists(file);
          SafeFiles.fsyncDirectory(SafeFiles.parent(file));
        });
  }

  @Override
  public CompletionStage<Page> listAliases(RepositoryName repository, PageRequest page) {
    return blocking.run(
        "cannot list aliases of repository '" + repository + "'",
        () -> {
          Path dir =
              layout
                  .existing(repository)
                  .orElseThrow(
                      () -> new NotFoundException("repository '" + repository + "' not found"));
          return Pages.of(IndexFile.read(dir).aliases(), page);
        });
  }

  private static String name(RepositoryName repository, Reference reference) {
    return repository + (reference instanceof Alias ? ":" : "@") + reference;
  }

  private static NotFoundException notFound(RepositoryName repository, Reference reference) {
    return new NotFoundException("manifest " + name(repository, reference) + " not found");
  }

  private static StorageException missingBlob(
      RepositoryName repository, Reference reference, Digest digest) {
    return new StorageException(
        "corrupt OCI layout: index.json of repository '"
            + repository
            + "' names manifest "
            + digest
            + " for "
            + reference
            + " but its blob is missing");
  }

  private static NotFoundException notAManifest(Path file) {
    return new NotFoundException("not a manifest: " + file);
  }
}
