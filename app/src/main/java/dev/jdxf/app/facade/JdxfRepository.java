package dev.jdxf.app.facade;

import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.Platform;
import dev.jdxf.domain.model.ProgressListener;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.AliasCommand;
import dev.jdxf.domain.port.in.BlobSizeUseCase;
import dev.jdxf.domain.port.in.BlobTarget;
import dev.jdxf.domain.port.in.DeleteAliasUseCase;
import dev.jdxf.domain.port.in.DeleteBlobUseCase;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.in.MountBlobUseCase;
import dev.jdxf.domain.port.in.PerPlatform;
import dev.jdxf.domain.port.in.PullBlobUseCase;
import dev.jdxf.domain.port.in.PushBlobUseCase;
import dev.jdxf.domain.port.in.SetAliasUseCase;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One repository of a registry (dxf's {@code DXF} object, made with {@code from_base}): it shares
 * its registry's connections and token. Every method returns at once with a {@link Future} that
 * completes on the caller's context.
 */
public final class JdxfRepository {
  private final Store store;
  private final RepositoryName name;
  private final Manifests manifests;

  JdxfRepository(Store store, RepositoryName name) {
    this.store = store;
    this.name = name;
    this.manifests = new Manifests(store, name);
  }

  public RepositoryName name() {
    return name;
  }

  /** Pushes a local file (hashed first); completes with its digest. */
  public Future<Digest> pushBlob(Path file) {
    return pushBlob(file, PushOptions.defaults());
  }

  /** Pushes a local file (hashed first; a known digest or size in the options is not used). */
  public Future<Digest> pushBlob(Path file, PushOptions options) {
    return push(new PushBlobUseCase.Content.File(file), options);
  }

  /**
   * Pushes the bytes of a stream, which is paused at once and then read only as fast as the
   * registry takes them; completes with the blob's digest (computed while streaming unless known).
   */
  public Future<Digest> pushBlob(ReadStream<Buffer> stream, PushOptions options) {
    stream.pause();
    ReadStreamPublisher bytes = new ReadStreamPublisher(stream, store.context());
    return push(
        new PushBlobUseCase.Content.Stream(new BlobSource(bytes, options.digest(), options.size())),
        options);
  }

  private Future<Digest> push(PushBlobUseCase.Content content, PushOptions options) {
    return store.call(
        () ->
            store
                .useCases
                .pushBlob()
                .pushBlob(
                    new PushBlobUseCase.Command(
                        name,
                        content,
                        options.alias(),
                        options.progress(),
                        options.checkExists())));
  }

  /** Opens a blob for streaming; see {@link PulledBlob} for how its bytes are verified. */
  public Future<PulledBlob> pullBlob(Digest digest) {
    return pullBlob(digest, ProgressListener.NONE);
  }

  public Future<PulledBlob> pullBlob(Digest digest, ProgressListener progress) {
    Context context = store.context();
    return store
        .call(
            () ->
                store
                    .useCases
                    .pullBlob()
                    .pullBlob(new PullBlobUseCase.Command(name, digest, progress)))
        .map(
            content ->
                new PulledBlob(
                    digest, content.size(), new PublisherReadStream(content.bytes(), context)));
  }

  /**
   * Pulls a blob into {@code destination} with back-pressure, ending it when every byte has arrived
   * and matched the digest. On failure the destination is not ended: the caller decides (reset an
   * HTTP response, delete a file).
   */
  public Future<BlobInfo> pullBlob(Digest digest, WriteStream<Buffer> destination) {
    return pullBlob(digest, destination, ProgressListener.NONE);
  }

  public Future<BlobInfo> pullBlob(
      Digest digest, WriteStream<Buffer> destination, ProgressListener progress) {
    return pullBlob(digest, progress)
        .compose(
            blob ->
                blob.stream()
                    .pipe()
                    .endOnFailure(false)
                    .to(destination)
                    .map(new BlobInfo(digest, blob.size())));
  }

  /**
   * Pulls a blob into the file {@code target}, verified: the bytes go to a temporary file beside it
   * ({@code .NAME.*.part}), which replaces {@code target} only once every byte has arrived and
   * matched the digest. On failure the temporary file is deleted and {@code target} is left as it
   * was. The file is not synced to disk.
   */
  public Future<BlobInfo> pullBlob(Digest digest, Path target) {
    return pullBlob(digest, target, ProgressListener.NONE);
  }

  public Future<BlobInfo> pullBlob(Digest digest, Path target, ProgressListener progress) {
    return store.call(
        () ->
            FilePull.into(
                    store.vertx,
                    target,
                    digest,
                    () ->
                        store.call(
                            () ->
                                store
                                    .useCases
                                    .pullBlob()
                                    .pullBlob(new PullBlobUseCase.Command(name, digest, progress))))
                .toCompletionStage());
  }

  /** The size of a blob in this repository. */
  public Future<Long> blobSize(Digest digest) {
    return store
        .call(
            () ->
                store
                    .useCases
                    .blobSize()
                    .blobSize(
                        new BlobSizeUseCase.Command(
                            name, new BlobTarget.OneBlob(digest), Optional.empty())))
        .map(Manifests::single);
  }

  /** Makes a blob of {@code fromRepository} available here without sending its bytes. */
  public Future<Digest> mountBlob(String fromRepository, Digest digest) {
    return store.call(
        () ->
            store
                .useCases
                .mountBlob()
                .mountBlob(
                    new MountBlobUseCase.Command(
                        name, RepositoryName.parse(fromRepository), digest, Optional.empty())));
  }

  public Future<Void> delBlob(Digest digest) {
    return store.call(
        () ->
            store
                .useCases
                .deleteBlob()
                .deleteBlob(
                    new DeleteBlobUseCase.Command(
                        name, new BlobTarget.OneBlob(digest), Optional.empty())));
  }

  /** The manifest {@link #setAlias} would write for these blobs (sizes asked of the registry). */
  public Future<RawManifest> makeManifest(List<Digest> digests) {
    return manifests.make(digests);
  }

  /** Stores a manifest under {@code alias}; completes with the manifest's digest. */
  public Future<Digest> setManifest(String alias, RawManifest manifest) {
    return store.call(() -> store.backend.manifests().put(name, Alias.parse(alias), manifest));
  }

  /** Points {@code alias} at these blobs; completes with the manifest written. */
  public Future<RawManifest> setAlias(String alias, List<Digest> digests) {
    return store.call(
        () ->
            store
                .useCases
                .setAlias()
                .setAlias(
                    new SetAliasUseCase.Command(
                        name,
                        Alias.parse(alias),
                        digests.stream()
                            .<SetAliasUseCase.BlobRef>map(SetAliasUseCase.BlobRef.ByDigest::new)
                            .toList())));
  }

  /** The manifest {@code alias} names, exactly as stored (one per platform for an index). */
  public Future<PerPlatform<RawManifest>> getManifest(String alias) {
    return manifests.get(alias, Optional.empty());
  }

  /** The manifest of {@code platform} in the index {@code alias} names. */
  public Future<RawManifest> getManifest(String alias, Platform platform) {
    return manifests.get(alias, Optional.of(platform)).map(Manifests::single);
  }

  /** The blobs {@code alias} names (one list per platform for an index). */
  public Future<PerPlatform<List<Digest>>> getAlias(String alias) {
    return manifests.blobs(ManifestSource.alias(Alias.parse(alias)), Optional.empty());
  }

  public Future<List<Digest>> getAlias(String alias, Platform platform) {
    return manifests
        .blobs(ManifestSource.alias(Alias.parse(alias)), Optional.of(platform))
        .map(Manifests::single);
  }

  /** The blobs a manifest names, from its text (dxf's {@code get_alias(manifest=...)}). */
  public Future<PerPlatform<List<Digest>>> getAlias(RawManifest manifest) {
    return manifests.blobs(ManifestSource.given(manifest), Optional.empty());
  }

  /**
   * The blobs {@code alias} names with their sizes from the manifest (dxf's {@code sizes=True}).
   */
  public Future<List<BlobInfo>> getAliasWithSizes(String alias, Optional<Platform> platform) {
    return manifests.blobsWithSizes(alias, platform);
  }

  /** The config digest of the manifest {@code alias} names (per platform for an index). */
  public Future<PerPlatform<Digest>> getDigest(String alias) {
    return store.call(
        () ->
            store
                .useCases
                .getDigest()
                .getDigest(
                    new AliasCommand(
                        name, ManifestSource.alias(Alias.parse(alias)), Optional.empty())));
  }

  /** Deletes the manifest {@code alias} names; completes with the blobs it pointed to. */
  public Future<PerPlatform<List<Digest>>> delAlias(String alias) {
    return store.call(
        () ->
            store
                .useCases
                .deleteAlias()
                .deleteAlias(
                    new DeleteAliasUseCase.Command(name, Alias.parse(alias), Optional.empty())));
  }

  /** Every alias of this repository. */
  public Future<List<String>> listAliases() {
    return store.call(() -> store.useCases.listAliases().listAliases(name, 0));
  }

  /** One page of aliases; pass the page's {@code next} cursor to get the following one. */
  public Future<Page> listAliasesPage(PageRequest page) {
    return store.call(() -> store.useCases.listAliases().listAliasesPage(name, page));
  }

  @Override
  public String toString() {
    return "JdxfRepository[" + name + "]";
  }
}
