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
      Context context) {
    this.requester = requester;
    this.repository = repository;
    this.source = source;
    this.chunkSize = chunkSize;
    Optional<MessageDigest> hash =
        source.digest().isPresent()
            ? Optional.empty()
            : Optional.of(DigestAlgorithm.SHA256.newMessageDigest());
    this.bytes = FlowSource.subscribe(source.bytes(), context, hash);
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
    BlobUpload upload = new BlobUpload(requester, repository, source, chunkSize, context);
    Future<BlobInfo> result =
        source.digest().isPresent()
            ? upload.streamAndCommit(location, source.digest().get())
            : upload.streamChunks(location, 0).compose(upload::commitComputed);
    return result.recover(
        e -> {
          upload.bytes.cancel();
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
        new BlobCommitter(
            repository,
            location,
            digest,
            body,
            () ->
                Future.failedFuture(
                    DigestMismatchException.refused(
                        "blob uploaded to repository " + repository,
                        digest,
                        "the registry "
                            + requester.registry()
                            + " refused the bytes sent (DIGEST_INVALID)")));
    return requester.send(commit).map(v -> new BlobInfo(digest, bytes.count()));
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
