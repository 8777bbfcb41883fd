package dev.jdxf.domain.model;

import java.util.Objects;

/** A stored blob: its digest and size in bytes (what {@code DXF_BLOB_INFO} prints). */
public record BlobInfo(Digest digest, long size) {
  public BlobInfo {
    Objects.requireNonNull(digest, "digest");
    if (size < 0) {
      throw new IllegalArgumentException("blob size must not be negative: " + size);
    }
  }

  @Override
  public String toString() {
    return digest + " " + size;
  }
}
