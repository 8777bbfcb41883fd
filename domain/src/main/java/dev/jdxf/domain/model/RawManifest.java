package dev.jdxf.domain.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of a manifest exactly as stored, with the media type they were served or are to be
 * stored with. Digests are always computed over these bytes, never over a re-serialisation.
 */
public final class RawManifest {
  /** Manifests larger than this are refused, as the distribution registry does. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private final byte[] bytes;
  private final MediaType mediaType;
  private final Digest digest;

  private RawManifest(byte[] bytes, MediaType mediaType, Digest digest) {
    this.bytes = bytes;
    this.mediaType = mediaType;
    this.digest = digest;
  }

  /** Wraps {@code bytes} (copied) with its media type; computes the SHA-256 digest. */
  public static RawManifest of(byte[] bytes, MediaType mediaType) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(mediaType, "mediaType");
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "manifest of " + bytes.length + " bytes is larger than the limit of " + MAX_BYTES);
    }
    byte[] copy = bytes.clone();
    return new RawManifest(copy, mediaType, Digest.sha256(copy));
  }

  /** The bytes (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  /** The bytes as UTF-8 text, exactly as received. */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  public MediaType mediaType() {
    return mediaType;
  }

  /** The SHA-256 digest of the bytes. */
  public Digest digest() {
    return digest;
  }

  /** A descriptor pointing at this manifest. */
  public Descriptor descriptor() {
    return Descriptor.of(mediaType, digest, bytes.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawManifest other
        && other.mediaType.equals(mediaType)
        && Arrays.equals(other.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return digest.hashCode();
  }

  @Override
  public String toString() {
    return "RawManifest[" + mediaType + ", " + digest + ", " + bytes.length + " bytes]";
  }
}
