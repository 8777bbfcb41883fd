package dev.jdxf.http;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.ByteBuffer;

/**
 * Vert.x buffers and NIO buffers over the same memory: blob bytes cross the ports as {@link
 * ByteBuffer}s, and a copy of every buffer of a gigabyte blob costs a tenth of a second or more.
 */
final class Chunks {
  private Chunks() {}

  /**
   * A view of {@code chunk}'s readable bytes, for a chunk that is handed over and never reused (as
   * Vert.x does with each chunk of a response body: a copy out of Netty's pooled memory).
   */
  static ByteBuffer toByteBuffer(Buffer chunk) {
    if (chunk instanceof BufferInternal internal) {
      return internal.getByteBuf().nioBuffer();
    }
    return ByteBuffer.wrap(chunk.getBytes());
  }

  /** A buffer over {@code bytes}' remaining bytes, which the caller must not change any more. */
  static Buffer toBuffer(ByteBuffer bytes) {
    return BufferInternal.buffer(Unpooled.wrappedBuffer(bytes));
  }
}
