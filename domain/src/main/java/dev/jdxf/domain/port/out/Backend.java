package dev.jdxf.domain.port.out;

import java.util.Objects;

/** The ports of one store (a registry, a local layout), used together by the use cases. */
public record Backend(BlobStore blobs, ManifestStore manifests, Catalog catalog, Tokens tokens) {
  public Backend {
    Objects.requireNonNull(blobs, "blobs");
    Objects.requireNonNull(manifests, "manifests");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(tokens, "tokens");
  }
}
