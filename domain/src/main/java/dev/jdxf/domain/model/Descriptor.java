package dev.jdxf.domain.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A content descriptor: what a manifest says about a blob or another manifest. */
public record Descriptor(
    MediaType mediaType,
    Digest digest,
    long size,
    Map<String, String> annotations,
    Optional<Platform> platform,
    Optional<String> artifactType) {

  public Descriptor {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(digest, "digest");
    if (size < 0) {
      throw new IllegalArgumentException("descriptor size must not be negative: " + size);
    }
    annotations = Map.copyOf(annotations);
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(artifactType, "artifactType");
  }

  /** A plain descriptor with no annotations, platform or artifact type. */
  public static Descriptor of(MediaType mediaType, Digest digest, long size) {
    return new Descriptor(mediaType, digest, size, Map.of(), Optional.empty(), Optional.empty());
  }
}
