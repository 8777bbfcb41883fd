package dev.jdxf.domain.model;

import dev.jdxf.domain.error.InvalidManifestException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of a manifest exactly as stored, with the media type they were served or are to be
 * stored with. Digests are always computed over these bytes (for signed schema 1: over the signed
 * payload within them, as registries do), never over a re-serialisation.
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

  /**
   * Wraps {@code bytes} (copied) with its media type and computes the digest the way registries do:
   * SHA-256 of the bytes, or for a signed schema 1 manifest of its canonical payload (see {@link
   * Schema1Payload}).
   *
   * @throws InvalidManifestException when the bytes are larger than {@link #MAX_BYTES}
   */
  public static RawManifest of(byte[] bytes, MediaType mediaType) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(mediaType, "mediaType");
    if (bytes.length > MAX_BYTES) {
      throw new InvalidManifestException(
          "manifest of " + bytes.length + " bytes is larger than the limit of " + MAX_BYTES);
    }
    byte[] copy = bytes.clone();
    Digest digest =
        mediaType.equals(MediaType.DOCKER_SCHEMA1_SIGNED)
            ? Digest.sha256(Schema1Payload.of(copy).orElse(copy))
            : Digest.sha256(copy);
    return new RawManifest(copy, mediaType, digest);
  }

  /**
   * Wraps bytes received with a {@code Content-Type} header value (parameters allowed; null or
   * empty when absent). Prefer {@code ManifestParser.resolve} afterwards when the header was
   * generic, so the media type names the manifest kind.
   */
  public static RawManifest received(byte[] bytes, @Nullable String contentType) {
    MediaType type =
        contentType == null || contentType.isBlank()
            ? MediaType.OCTET_STREAM
            : MediaType.parse(contentType);
    return of(bytes, type);
  }

  /** The same bytes with another media type (the digest is recomputed for that type). */
  public RawManifest withMediaType(MediaType type) {
    return type.equals(mediaType) ? this : of(bytes, type);
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

  /**
   * The SHA-256 digest a registry gives this manifest: of the bytes, or of the signed payload for a
   * signed schema 1 manifest.
   */
  public Digest digest() {
    return digest;
  }

  /** A descriptor pointing at this manifest. */
  public Descriptor descriptor() {
    return Descriptor.of(mediaType, digest, bytes.length);
  }

  @Override
  public boolean equals(@Nullable Object o) {
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
