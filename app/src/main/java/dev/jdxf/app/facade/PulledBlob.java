package dev.jdxf.app.facade;

import dev.jdxf.domain.model.Digest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.Objects;

/**
 * A blob being pulled: its size (known before the first byte) and its bytes as a Vert.x stream.
 *
 * <p>The stream starts when a handler is set (or it is piped) and honours {@code pause}/{@code
 * fetch}. The bytes are verified against {@code digest} as they pass: a mismatch reaches the
 * stream's exception handler instead of its end handler, so treat the bytes as good only at the
 * end. Setting the data handler to {@code null} before the end abandons the download.
 */
public record PulledBlob(Digest digest, long size, ReadStream<Buffer> stream) {
  public PulledBlob {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(stream, "stream");
  }
}
