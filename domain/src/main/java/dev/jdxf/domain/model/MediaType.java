package dev.jdxf.domain.model;

import java.util.Locale;
import java.util.Objects;

/** A media type; manifest types know whether they are an image, an index or legacy schema 1. */
public record MediaType(String value) {
  public static final MediaType DOCKER_SCHEMA1 =
      new MediaType("application/vnd.docker.distribution.manifest.v1+json");
  public static final MediaType DOCKER_SCHEMA1_SIGNED =
      new MediaType("application/vnd.docker.distribution.manifest.v1+prettyjws");
  public static final MediaType DOCKER_MANIFEST =
      new MediaType("application/vnd.docker.distribution.manifest.v2+json");
  public static final MediaType DOCKER_MANIFEST_LIST =
      new MediaType("application/vnd.docker.distribution.manifest.list.v2+json");
  public static final MediaType OCI_MANIFEST =
      new MediaType("application/vnd.oci.image.manifest.v1+json");
  public static final MediaType OCI_INDEX =
      new MediaType("application/vnd.oci.image.index.v1+json");
  public static final MediaType DOCKER_CONTAINER_CONFIG =
      new MediaType("application/vnd.docker.container.image.v1+json");
  public static final MediaType OCI_CONFIG =
      new MediaType("application/vnd.oci.image.config.v1+json");
  public static final MediaType OCTET_STREAM = new MediaType("application/octet-stream");

  /** Every manifest type jdxf reads, in the order they are listed in {@code Accept}. */
  public static final java.util.List<MediaType> MANIFEST_TYPES =
      java.util.List.of(
          DOCKER_SCHEMA1_SIGNED,
          DOCKER_SCHEMA1,
          DOCKER_MANIFEST,
          DOCKER_MANIFEST_LIST,
          OCI_MANIFEST,
          OCI_INDEX);

  public MediaType {
    Objects.requireNonNull(value, "mediaType");
    String v = value.strip();
    int slash = v.indexOf('/');
    if (slash <= 0 || slash == v.length() - 1 || v.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("invalid media type '" + value + "'");
    }
  }

  /**
   * Parses a media type or a {@code Content-Type} header value: parameters after {@code ;} are
   * dropped and the type is lower-cased.
   */
  public static MediaType parse(String text) {
    int semi = text.indexOf(';');
    String bare = (semi >= 0 ? text.substring(0, semi) : text).strip().toLowerCase(Locale.ROOT);
    return new MediaType(bare);
  }

  /** Docker manifest list or OCI index. */
  public boolean isIndex() {
    return equals(DOCKER_MANIFEST_LIST) || equals(OCI_INDEX);
  }

  /** Docker schema 2 or OCI image manifest. */
  public boolean isImage() {
    return equals(DOCKER_MANIFEST) || equals(OCI_MANIFEST);
  }

  /** Docker schema 1, signed or not. */
  public boolean isSchema1() {
    return equals(DOCKER_SCHEMA1) || equals(DOCKER_SCHEMA1_SIGNED);
  }

  /**
   * A type that says nothing about the manifest kind ({@code application/json}, {@code
   * application/octet-stream}, {@code text/plain}): the kind is then inferred from the body.
   */
  public boolean isGeneric() {
    return value.equals("application/json")
        || value.equals("application/octet-stream")
        || value.equals("binary/octet-stream")
        || value.equals("text/plain");
  }

  /** Any manifest type jdxf reads. */
  public boolean isManifest() {
    return isIndex() || isImage() || isSchema1();
  }

  @Override
  public String toString() {
    return value;
  }
}
