package dev.jdxf.domain.model;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Flow;

/**
 * Bytes to store as a blob: a publisher (same rules as {@link BlobContent}), with its digest and
 * size when they are known in advance. When the digest is unknown the store computes it while the
 * bytes stream, in one pass.
 */
public record BlobSource(
    Flow.Publisher<ByteBuffer> bytes, Optional<Digest> digest, OptionalLong size) {
  public BlobSource {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(size, "size");
    size.ifPresent(
        s -> {
          if (s < 0) {
            throw new IllegalArgumentException("blob size must not be negative: " + s);
          }
        });
  }

  /** Content whose digest and size are known (e.g. a local file hashed beforehand). */
  public static BlobSource known(BlobInfo info, Flow.Publisher<ByteBuffer> bytes) {
    return new BlobSource(bytes, Optional.of(info.digest()), OptionalLong.of(info.size()));
  }

  /** Content of unknown digest and size, hashed while it streams. */
  public static BlobSource unknown(Flow.Publisher<ByteBuffer> bytes) {
    return new BlobSource(bytes, Optional.empty(), OptionalLong.empty());
  }
}
