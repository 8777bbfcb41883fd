package dev.jdxf.fs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jdxf.domain.model.MediaType;
import java.io.IOException;
import java.util.Optional;

/** Recognises a manifest from its bytes, for manifests that no index entry describes. */
final class ManifestTypes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ManifestTypes() {}

  /**
   * The manifest's media type: its {@code mediaType} field when that names a manifest type, else
   * inferred from its shape; empty when the bytes are not a manifest.
   */
  static Optional<MediaType> infer(byte[] bytes) {
    JsonNode tree;
    try {
      tree = JSON.readTree(bytes);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (tree == null || !tree.isObject()) {
      return Optional.empty();
    }
    JsonNode declared = tree.path("mediaType");
    if (declared.isTextual()) {
      try {
        MediaType m = MediaType.parse(declared.asText());
        return m.isManifest() ? Optional.of(m) : Optional.empty();
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    int schemaVersion = tree.path("schemaVersion").asInt(-1);
    if (schemaVersion == 1 && tree.path("fsLayers").isArray()) {
      return Optional.of(
          tree.has("signatures") ? MediaType.DOCKER_SCHEMA1_SIGNED : MediaType.DOCKER_SCHEMA1);
    }
    if (schemaVersion == 2 && tree.path("manifests").isArray()) {
      return Optional.of(MediaType.OCI_INDEX);
    }
    if (schemaVersion == 2 && tree.path("config").isObject() && tree.path("layers").isArray()) {
      return Optional.of(MediaType.OCI_MANIFEST);
    }
    return Optional.empty();
  }
}
