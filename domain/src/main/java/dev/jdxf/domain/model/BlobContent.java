package dev.jdxf.domain.model;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * Blob bytes flowing with back-pressure, with the size known before the first byte.
 *
 * <p>The publisher accepts one subscriber. Each {@link ByteBuffer} handed to {@code onNext} belongs
 * to the subscriber from then on: publishers never reuse a buffer they have emitted. Memory stays
 * bounded because nothing is produced beyond what the subscriber requested.
 */
public record BlobContent(long size, Flow.Publisher<ByteBuffer> bytes) {
  public BlobContent {
    if (size < 0) {
      throw new IllegalArgumentException("blob size must not be negative: " + size);
    }
    Objects.requireNonNull(bytes, "bytes");
  }
}
