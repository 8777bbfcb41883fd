package dev.jdxf.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Test blobs: content, files and digests computed independently of jdxf. */
final class Blobs {
  private Blobs() {}

  /** {@code size} pseudo-random bytes, the same for the same seed. */
  static byte[] random(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String sha256(byte[] content) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** The manifest dxf's set-alias writes for these blobs, byte for byte (the spec's form). */
  static String dxfManifest(byte[]... blobs) {
    StringBuilder layers = new StringBuilder();
    for (byte[] b : blobs) {
      if (layers.length() > 0) {
        layers.append(", ");
      }
      layers.append(
          "{\"digest\": \""
              + sha256(b)
              + "\", \"mediaType\": \"application/octet-stream\", \"size\": "
              + b.length
              + "}");
    }
    return "{\"config\": {\"digest\": \""
        + sha256(blobs[0])
        + "\", \"mediaType\": \"application/vnd.docker.container.image.v1+json\", \"size\": "
        + blobs[0].length
        + "}, \"layers\": ["
        + layers
        + "], \"mediaType\": \"application/vnd.docker.distribution.manifest.v2+json\","
        + " \"schemaVersion\": 2}";
  }
}
