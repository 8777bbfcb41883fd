package dev.jdxf.http;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.StorageException;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.net.URI;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * Uploads one blob into an upload session, streaming from the source's publisher with bounded
 * memory. Known digest: stream blob and commit blob in one {@code PUT ?digest=}; the registry
 * checks the digest, so the bytes are not hashed here (a refusal is a {@link
 * DigestMismatchException} without the actual digest). Unknown digest: stream blob as {@code PATCH}
 * chunks (hashing as they go), then commit blob with the computed digest.
 */
final class BlobUpload {
  private final AuthenticatedRequester requester;
  private final RepositoryName repository;
  private final BlobSource source;
  private final int chunkSize;
  private final FlowSource bytes;
  private @Nullable Digest computed;

  private BlobUpload(
      AuthenticatedRequester requester,
      RepositoryName repository,
      BlobSource source,
      int chunkSize,
      Context context,
      boolean hash) {
    this.requester = requester;
    this.repository = repository;
    this.source = source;
    this.chunkSize = chunkSize;
    Optional<MessageDigest> digest =
        hash ? Optional.of(DigestAlgorithm.SHA256.newMessageDigest()) : Optional.empty();
    this.bytes = FlowSource.subscribe(source.bytes(), context, digest);
  }

  /**
   * Sends {@code source} into the upload session at {@code location}; on failure the session is
   * cancelled (best effort) and the source's publisher cancelled.
   */
  static Future<BlobInfo> into(
      AuthenticatedRequester requester,
      RepositoryName repository,
      URI location,
      BlobSource source,
      int chunkSize,
      Context context) {
    boolean known = source.digest().isPresent();
    BlobUpload upload = new BlobUpload(requester, repository, source, chunkSize, context, !known);
    Future<BlobInfo> result =
        known
            ? upload.streamAndCommit(location, source.digest().get())
            : upload.streamChunks(location, 0).compose(upload::commitComputed);
    return upload.cancelledOnFailure(result, location);
  }

  /**
   * Streams the source's bytes (of known size) into the session at {@code location} without hashing
   * them, in one {@code PATCH} (of at most 2 GiB: with the size known, it needs no chunks, like a
   * monolithic upload), and commits them with {@code digest} once it completes (the registry checks
   * the bytes against it). When {@code digest} fails, the upload stops at once, the session is
   * cancelled and the upload fails with that cause.
   */
  static Future<BlobInfo> ahead(
      AuthenticatedRequester requester,
      RepositoryName repository,
      URI location,
      BlobSource source,
      CompletionStage<Digest> digest,
      Context context) {
    BlobUpload upload =
        new BlobUpload(requester, repository, source, Integer.MAX_VALUE, context, false);
    Future<Digest> promised = Future.fromCompletionStage(digest, context);
    promised.onFailure(upload.bytes::abort);
    Future<BlobInfo> result =
        upload
            .streamChunks(location, 0)
            .compose(next -> promised.compose(d -> upload.commitPromised(next, d)));
    return upload.cancelledOnFailure(result, location);
  }

  /** On failure, cancels the source and the registry's upload session (best effort). */
  private Future<BlobInfo> cancelledOnFailure(Future<BlobInfo> result, URI location) {
    return result.recover(
        e -> {
          bytes.cancel();
          return requester
              .send(new UploadCanceller(repository, location))
              .transform(ignored -> Future.failedFuture(e));
        });
  }

  private Future<BlobInfo> streamAndCommit(URI location, Digest digest) {
    ChunkStream all =
        new ChunkStream(bytes, source.size().orElse(Long.MAX_VALUE), source.size().isPresent());
    RequestBody body = RequestBody.stream(() -> all, source.size(), "application/octet-stream");
    BlobCommitter commit =
        new BlobCommitter(repository, location, digest, body, () -> refusedUnhashed(digest));
    return requester.send(commit).map(v -> new BlobInfo(digest, bytes.count()));
  }

  /** The registry refused bytes sent unhashed under {@code digest}: what they were is unknown. */
  private Future<Void> refusedUnhashed(Digest digest) {
    return Future.failedFuture(
        DigestMismatchException.refused(
            "blob uploaded to repository " + repository,
            digest,
            "the registry " + requester.registry() + " refused the bytes sent (DIGEST_INVALID)"));
  }

  /** The registry refused the digest the bytes hashed to: report it. */
  private Future<Void> refused(Digest expected) {
    String what = "blob " + expected + " uploaded to repository " + repository;
    Digest actual = computed(expected.algorithm());
    if (actual.equals(expected)) {
      return Future.failedFuture(
          new StorageException(
              what + ": the registry refused the digest although the bytes sent match it"));
    }
    return Future.failedFuture(new DigestMismatchException(what, expected, actual));
  }

  private Future<URI> streamChunks(URI location, long offset) {
    return bytes
        .awaitData()
        .compose(
            more -> {
              if (!more) {
                return Future.succeededFuture(location);
              }
              long limit = chunkSize;
              OptionalLong length = OptionalLong.empty();
              if (source.size().isPresent()) {
                long left = source.size().getAsLong() - offset;
                if (left <= 0) {
                  return Future.failedFuture(
                      new StorageException(
                          "the blob source gave more than its declared "
                              + source.size().getAsLong()
                              + " bytes"));
                }
                limit = Math.min(chunkSize, left);
                length = OptionalLong.of(limit);
              }
              ChunkStream chunk = new ChunkStream(bytes, limit, length.isPresent());
              BlobChunkStreamer patch =
                  new BlobChunkStreamer(
                      repository, location, chunk, offset, length, requester.registry());
              return requester.send(patch).compose(next -> streamChunks(next, bytes.count()));
            });
  }

  private Future<BlobInfo> commitPromised(URI location, Digest digest) {
    long size = bytes.count();
    BlobCommitter commit =
        new BlobCommitter(repository, location, digest, null, () -> refusedUnhashed(digest));
    return requester.send(commit).map(v -> new BlobInfo(digest, size));
  }

  private Future<BlobInfo> commitComputed(URI location) {
    Digest digest = computed(DigestAlgorithm.SHA256);
    long size = bytes.count();
    BlobCommitter commit =
        new BlobCommitter(repository, location, digest, null, () -> refused(digest));
    return requester.send(commit).map(v -> new BlobInfo(digest, size));
  }

  /** The digest of every byte sent (computed once, when the source is exhausted). */
  private Digest computed(DigestAlgorithm algorithm) {
    Digest d = computed;
    if (d == null) {
      d = Digest.of(algorithm, bytes.digest());
      computed = d;
    }
    return d;
  }
}
