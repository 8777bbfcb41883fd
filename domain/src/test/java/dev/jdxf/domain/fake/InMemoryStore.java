package dev.jdxf.domain.fake;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.MountFailedException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.error.RegistryException;
import dev.jdxf.domain.manifest.ManifestParser;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.Reference;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.BlobStore;
import dev.jdxf.domain.port.out.Catalog;
import dev.jdxf.domain.port.out.ManifestStore;
import dev.jdxf.domain.port.out.Tokens;
import dev.jdxf.domain.stream.SmallContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory store for unit tests of the domain logic: blobs, manifests, aliases and a catalog,
 * answering at once. It records what was asked of it, and can refuse schema 2 manifests with a 400
 * (as registries that make aiodxf fall back to schema 1 do).
 */
public final class InMemoryStore implements ManifestStore, Catalog, Tokens {
  private final Map<String, Map<Digest, byte[]>> blobs = new ConcurrentHashMap<>();
  private final Map<String, Map<Digest, RawManifest>> manifests = new ConcurrentHashMap<>();
  private final Map<String, TreeMap<String, Digest>> tags = new ConcurrentHashMap<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private volatile boolean refuseSchema2;
  private volatile Optional<String> token = Optional.empty();

  public Backend backend() {
    return new Backend(new Blobs(), this, this, this);
  }

  /** Makes puts of Docker schema 2 / OCI image manifests fail with a 400 from now on. */
  public void refuseSchema2() {
    refuseSchema2 = true;
  }

  /** What was asked, e.g. {@code "blob-write repo"}, {@code "manifest-delete repo sha256:…"}. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  /** Stores a blob directly (test set-up). */
  public BlobInfo addBlob(RepositoryName repo, byte[] bytes) {
    Digest d = Digest.sha256(bytes);
    blobs.computeIfAbsent(repo.value(), k -> new ConcurrentHashMap<>()).put(d, bytes.clone());
    return new BlobInfo(d, bytes.length);
  }

  /** Stores {@code bytes} under a digest that need not be theirs (a corrupt store). */
  public void putCorrupt(RepositoryName repo, Digest digest, byte[] bytes) {
    blobs.computeIfAbsent(repo.value(), k -> new ConcurrentHashMap<>()).put(digest, bytes.clone());
  }

  public boolean hasBlob(RepositoryName repo, Digest digest) {
    return repoBlobs(repo).containsKey(digest);
  }

  public boolean hasManifest(RepositoryName repo, Digest digest) {
    return manifests.getOrDefault(repo.value(), Map.of()).containsKey(digest);
  }

  /** Stores a manifest directly (test set-up), under an alias when given. */
  public void addManifest(RepositoryName repo, Optional<Alias> alias, RawManifest raw) {
    manifests.computeIfAbsent(repo.value(), k -> new ConcurrentHashMap<>()).put(raw.digest(), raw);
    alias.ifPresent(
        a -> tags.computeIfAbsent(repo.value(), k -> new TreeMap<>()).put(a.name(), raw.digest()));
  }

  private Map<Digest, byte[]> repoBlobs(RepositoryName repo) {
    return blobs.getOrDefault(repo.value(), Map.of());
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }

  private static <T> CompletionStage<T> failed(Throwable t) {
    return CompletableFuture.failedFuture(t);
  }

  CompletionStage<Optional<Long>> blobStat(RepositoryName repository, Digest digest) {
    calls.add("blob-stat " + repository + " " + digest);
    byte[] b = repoBlobs(repository).get(digest);
    return done(b == null ? Optional.empty() : Optional.of((long) b.length));
  }

  CompletionStage<BlobContent> blobRead(RepositoryName repository, Digest digest) {
    calls.add("blob-read " + repository + " " + digest);
    byte[] b = repoBlobs(repository).get(digest);
    if (b == null) {
      return failed(new NotFoundException("blob " + digest + " not found in " + repository));
    }
    return done(new BlobContent(b.length, SmallContent.publisherOf(b, 1024)));
  }

  CompletionStage<BlobInfo> blobWrite(RepositoryName repository, BlobSource source) {
    calls.add("blob-write " + repository);
    return SmallContent.collect(source.bytes(), 64 * 1024 * 1024)
        .thenApply(
            bytes -> {
              Digest actual = Digest.sha256(bytes);
              if (source.digest().isPresent() && !source.digest().get().equals(actual)) {
                throw new DigestMismatchException(
                    "upload to " + repository, source.digest().get(), actual);
              }
              return addBlob(repository, bytes);
            });
  }

  CompletionStage<Void> blobMount(
      RepositoryName repository, RepositoryName from, Digest digest, Optional<BlobSource> fb) {
    calls.add("blob-mount " + repository + " " + from + " " + digest);
    byte[] b = repoBlobs(from).get(digest);
    if (b == null) {
      if (fb.isPresent()) {
        return blobWrite(repository, fb.get()).thenApply(i -> null);
      }
      return failed(new MountFailedException("mount failed: " + digest + " not in " + from));
    }
    addBlob(repository, b);
    return CompletableFuture.completedFuture(null);
  }

  CompletionStage<Void> blobDelete(RepositoryName repository, Digest digest) {
    calls.add("blob-delete " + repository + " " + digest);
    Map<Digest, byte[]> m = blobs.get(repository.value());
    if (m == null || m.remove(digest) == null) {
      return failed(new NotFoundException("blob " + digest + " not found in " + repository));
    }
    return CompletableFuture.completedFuture(null);
  }

  private Optional<RawManifest> find(RepositoryName repository, Reference reference) {
    Map<Digest, RawManifest> m = manifests.getOrDefault(repository.value(), Map.of());
    if (reference instanceof Digest d) {
      return Optional.ofNullable(m.get(d));
    }
    Digest d = tags.getOrDefault(repository.value(), new TreeMap<>()).get(reference.toString());
    return d == null ? Optional.empty() : Optional.ofNullable(m.get(d));
  }

  @Override
  public CompletionStage<RawManifest> get(RepositoryName repository, Reference reference) {
    calls.add("manifest-get " + repository + " " + reference);
    return find(repository, reference)
        .map(InMemoryStore::done)
        .orElseGet(
            () ->
                failed(
                    new NotFoundException(
                        "manifest " + reference + " not found in " + repository)));
  }

  @Override
  public CompletionStage<Optional<Descriptor>> head(
      RepositoryName repository, Reference reference) {
    calls.add("manifest-head " + repository + " " + reference);
    return done(find(repository, reference).map(RawManifest::descriptor));
  }

  @Override
  public CompletionStage<Digest> put(
      RepositoryName repository, Reference reference, RawManifest manifest) {
    calls.add("manifest-put " + repository + " " + reference + " " + manifest.mediaType());
    if (refuseSchema2 && manifest.mediaType().isImage()) {
      return failed(
          new RegistryException(
              "manifest " + reference,
              400,
              "Bad Request",
              List.of(new RegistryException.ErrorCode("MANIFEST_INVALID", "schema 2 refused"))));
    }
    try {
      ManifestParser.parse(manifest);
    } catch (RuntimeException e) {
      return failed(e);
    }
    Optional<Alias> alias = reference instanceof Alias a ? Optional.of(a) : Optional.<Alias>empty();
    addManifest(repository, alias, manifest);
    return done(manifest.digest());
  }

  @Override
  public CompletionStage<Void> delete(RepositoryName repository, Digest digest) {
    calls.add("manifest-delete " + repository + " " + digest);
    Map<Digest, RawManifest> m = manifests.get(repository.value());
    if (m == null || m.remove(digest) == null) {
      return failed(new NotFoundException("manifest " + digest + " not found in " + repository));
    }
    tags.getOrDefault(repository.value(), new TreeMap<>()).values().removeIf(digest::equals);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Page> listAliases(RepositoryName repository, PageRequest page) {
    calls.add("alias-list " + repository);
    return done(
        page(
            new ArrayList<>(tags.getOrDefault(repository.value(), new TreeMap<>()).keySet()),
            page));
  }

  @Override
  public CompletionStage<Page> listRepositories(PageRequest page) {
    TreeMap<String, Boolean> names = new TreeMap<>();
    blobs.keySet().forEach(n -> names.put(n, true));
    manifests.keySet().forEach(n -> names.put(n, true));
    return done(page(new ArrayList<>(names.keySet()), page));
  }

  private static Page page(List<String> sorted, PageRequest request) {
    List<String> rest =
        request
            .cursor()
            .map(c -> sorted.stream().filter(s -> s.compareTo(c) > 0).toList())
            .orElse(sorted);
    if (request.size() == 0 || rest.size() <= request.size()) {
      return new Page(rest, Optional.empty());
    }
    List<String> items = rest.subList(0, request.size());
    return new Page(items, Optional.of(items.get(items.size() - 1)));
  }

  @Override
  public CompletionStage<String> apiVersion() {
    return done("registry/2.0");
  }

  @Override
  public CompletionStage<Optional<String>> authenticate(
      Optional<RepositoryName> repository, List<String> actions) {
    String t = "token:" + repository.map(RepositoryName::value).orElse("") + ":" + actions;
    token = Optional.of(t);
    return done(token);
  }

  @Override
  public Optional<String> token() {
    return token;
  }

  @Override
  public void useToken(String value) {
    token = Optional.of(value);
  }

  /** The media type of a stored manifest, for assertions. */
  public Optional<MediaType> manifestType(RepositoryName repo, Reference ref) {
    return find(repo, ref).map(RawManifest::mediaType);
  }

  private final class Blobs implements BlobStore {
    @Override
    public CompletionStage<Optional<Long>> stat(RepositoryName repository, Digest digest) {
      return blobStat(repository, digest);
    }

    @Override
    public CompletionStage<BlobContent> read(RepositoryName repository, Digest digest) {
      return blobRead(repository, digest);
    }

    @Override
    public CompletionStage<BlobInfo> write(RepositoryName repository, BlobSource source) {
      return blobWrite(repository, source);
    }

    @Override
    public CompletionStage<Void> mount(
        RepositoryName repository, RepositoryName from, Digest digest, Optional<BlobSource> fb) {
      return blobMount(repository, from, digest, fb);
    }

    @Override
    public CompletionStage<Void> delete(RepositoryName repository, Digest digest) {
      return blobDelete(repository, digest);
    }
  }
}
