package dev.jdxf.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Minimal, deterministic ustar archives (regular files only) and gzip, for test layers. */
public final class Tar {
  private static final int BLOCK = 512;

  /** A fixed modification time (2020-01-01) so that equal content gives equal digests. */
  private static final long MTIME = 1577836800L;

  private Tar() {}

  /** A tar archive of the files (path inside the archive → content), in map order. */
  public static byte[] of(Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      out.writeBytes(header(file.getKey(), file.getValue().length));
      out.writeBytes(file.getValue());
      out.writeBytes(new byte[padding(file.getValue().length)]);
    }
    out.writeBytes(new byte[2 * BLOCK]);
    return out.toByteArray();
  }

  /** Gzip of the bytes (Java writes a zero mtime, so the output is deterministic). */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static int padding(int size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  private static byte[] header(String name, int size) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    if (nameBytes.length > 100) {
      throw new IllegalArgumentException("tar entry name longer than 100 bytes: " + name);
    }
    byte[] h = new byte[BLOCK];
    System.arraycopy(nameBytes, 0, h, 0, nameBytes.length);
    put(h, 100, octal(0644, 7));
    put(h, 108, octal(0, 7));
    put(h, 116, octal(0, 7));
    put(h, 124, octal(size, 11));
    put(h, 136, octal(MTIME, 11));
    put(h, 148, "        ");
    h[156] = '0';
    put(h, 257, "ustar\0");
    put(h, 263, "00");
    put(h, 265, "root");
    put(h, 297, "root");
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, octal(sum, 6) + "\0 ");
    return h;
  }

  private static String octal(long value, int digits) {
    StringBuilder s = new StringBuilder(Long.toOctalString(value));
    while (s.length() < digits) {
      s.insert(0, '0');
    }
    return s.toString();
  }

  private static void put(byte[] header, int offset, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }
}
