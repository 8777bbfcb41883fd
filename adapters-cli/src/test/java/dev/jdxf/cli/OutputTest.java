package dev.jdxf.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputTest {

  /** Records the size of every write. */
  static final class RecordingChannel implements WritableByteChannel {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final List<Integer> writes = new ArrayList<>();

    @Override
    public int write(ByteBuffer src) {
      int n = src.remaining();
      byte[] b = new byte[n];
      src.get(b);
      bytes.writeBytes(b);
      writes.add(n);
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }

  @Test
  void writesGoOutInChunksOfTheWriteSize() {
    RecordingChannel channel = new RecordingChannel();
    Output out = new Output(channel, 7);
    byte[] data = new byte[40];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    out.write(ByteBuffer.wrap(data, 0, 10));
    out.write(ByteBuffer.wrap(data, 10, 30));
    assertEquals(List.of(7, 7, 7, 7, 7), channel.writes, "only full chunks before flush");
    out.flush();
    assertEquals(List.of(7, 7, 7, 7, 7, 5), channel.writes);
    assertArrayEquals(data, channel.bytes.toByteArray());
  }

  @Test
  void textIsUtf8() {
    RecordingChannel channel = new RecordingChannel();
    Output out = new Output(channel, 1024);
    out.println("café");
    out.print("x");
    out.flush();
    assertEquals("café\nx", channel.bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aFailedWriteSaysWhere() {
    WritableByteChannel broken =
        new WritableByteChannel() {
          @Override
          public int write(ByteBuffer src) throws IOException {
            throw new IOException("Broken pipe");
          }

          @Override
          public boolean isOpen() {
            return true;
          }

          @Override
          public void close() {}
        };
    Output out = new Output(broken, 4);
    out.print("abc");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, out::flush);
    assertTrue(
        String.valueOf(e.getMessage()).equals("cannot write to standard output: Broken pipe"),
        e.getMessage());
  }
}
