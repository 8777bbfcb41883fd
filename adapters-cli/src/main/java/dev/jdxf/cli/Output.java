package dev.jdxf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Standard output through one buffer: text and blob bytes go out in writes of {@code writeSize}
 * bytes (the last one shorter), so a large blob streams at disk or pipe speed with bounded memory.
 */
final class Output {
  private final WritableByteChannel channel;
  private final ByteBuffer buffer;

  Output(WritableByteChannel channel, int writeSize) {
    if (writeSize <= 0) {
      throw new IllegalArgumentException("write size must be positive: " + writeSize);
    }
    this.channel = channel;
    this.buffer = ByteBuffer.allocateDirect(writeSize);
  }

  /** Writes {@code text} as UTF-8, nothing added. */
  void print(String text) {
    write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes {@code text} and a newline. */
  void println(String text) {
    print(text + "\n");
  }

  /** Writes the remaining bytes of {@code bytes}, consuming them. */
  void write(ByteBuffer bytes) {
    while (bytes.hasRemaining()) {
      if (!buffer.hasRemaining()) {
        drain();
      }
      int n = Math.min(buffer.remaining(), bytes.remaining());
      ByteBuffer slice = bytes.slice();
      slice.limit(n);
      buffer.put(slice);
      bytes.position(bytes.position() + n);
    }
  }

  /** Writes out whatever is buffered. */
  void flush() {
    drain();
  }

  private void drain() {
    buffer.flip();
    try {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to standard output: " + e.getMessage(), e);
    } finally {
      buffer.clear();
    }
  }
}
