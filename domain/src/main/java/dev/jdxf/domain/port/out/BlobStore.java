package dev.jdxf.domain.port.out;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.stream.BlobStreams;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Where blobs live: a registry, a local OCI layout. Failures complete the stage exceptionally with
 * a {@link dev.jdxf.domain.error.JdxfException}.
 */
public interface BlobStore {

  /** The size of a blob, or empty when the repository does not have it. */
  CompletionStage<Optional<Long>> stat(RepositoryName repository, Digest digest);

  /**
   * Opens a blob for reading; fails with {@code NotFoundException} when it is absent. The bytes are
   * not verified here: callers verify them as they stream.
   */
  CompletionStage<BlobContent> read(RepositoryName repository, Digest digest);

  /**
   * Stores {@code source}. With a known digest the store refuses bytes that do not match it,
   * failing with {@code DigestMismatchException} (kind {@code DIGEST_MISMATCH}, whatever the
   * store's own word for it, e.g. a registry's 400 {@code DIGEST_INVALID}; hash while sending with
   * {@code BlobStreams.digesting} to know the actual digest) and storing nothing under the claimed
   * digest; with an unknown one it computes the digest while the bytes stream. Completes with what
   * was stored.
   */
  CompletionStage<BlobInfo> write(RepositoryName repository, BlobSource source);

  /**
   * Stores {@code size} bytes whose digest is still being computed elsewhere (a local file hashed
   * at the same time, so that hashing overlaps sending): the bytes stream at once and are committed
   * under {@code digest} once it arrives. When {@code digest} fails, the write stops as soon as it
   * can, stores nothing under any digest the caller could name, and fails with that cause. Bytes
   * that do not match {@code digest} fail with {@code DigestMismatchException} and are not stored
   * under it. Completes with what was stored.
   *
   * <p>This default writes the bytes as of unknown digest, stopping at the next buffer once {@code
   * digest} has failed, and compares the digest computed on the way with the one promised. A
   * registry overrides it to send the bytes without hashing them and to commit the upload only with
   * the promised digest.
   */
  default CompletionStage<BlobInfo> writeAhead(
      RepositoryName repository,
      Flow.Publisher<ByteBuffer> bytes,
      long size,
      CompletionStage<Digest> digest) {
    BlobSource source =
        new BlobSource(
            BlobStreams.stoppedByFailure(bytes, digest), Optional.empty(), OptionalLong.of(size));
    return write(repository, source)
        .thenCompose(
            stored ->
                digest.thenApply(
                    expected -> {
                      if (!expected.equals(stored.digest())) {
                        throw new DigestMismatchException(
                            "blob written to repository " + repository, expected, stored.digest());
                      }
                      return stored;
                    }));
  }

  /**
   * Makes a blob of repository {@code from} available in {@code repository} without sending its
   * bytes. When the store cannot mount it fails with {@code MountFailedException}, unless {@code
   * fallback} offers the bytes, which are then uploaded instead.
   */
  CompletionStage<Void> mount(
      RepositoryName repository, RepositoryName from, Digest digest, Optional<BlobSource> fallback);

  /** Deletes a blob; fails with {@code NotFoundException} when it is absent. */
  CompletionStage<Void> delete(RepositoryName repository, Digest digest);
}
