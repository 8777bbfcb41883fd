package dev.jdxf.app.facade;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.ByteBuffer;

/**
 * Converts between Vert.x buffers and NIO buffers without copying when the buffer allows it: blob
 * bytes cross the ports as {@link ByteBuffer}s and every copy of a gigabyte costs a tenth of a
 * second on the event loop.
 */
final class Buffers {
  private Buffers() {}

  /** A view of {@code buffer}'s readable bytes (the buffer is handed over, never reused). */
  static ByteBuffer toByteBuffer(Buffer buffer) {
    if (buffer instanceof BufferInternal internal) {
      return internal.getByteBuf().nioBuffer();
    }
    return ByteBuffer.wrap(buffer.getBytes());
  }

  /** A buffer over {@code bytes}' remaining bytes (they belong to the caller from now on). */
  static Buffer toBuffer(ByteBuffer bytes) {
    return BufferInternal.buffer(Unpooled.wrappedBuffer(bytes));
  }
}
