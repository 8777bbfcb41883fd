package dev.jdxf.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** dxf's stdin form: a manifest given as text on standard input instead of an alias. */
final class StdinManifest {
  private StdinManifest() {}

  /** Reads the manifest from {@code in}; its media type comes from its own fields. */
  static RawManifest read(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(RawManifest.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a manifest from standard input", e);
    }
    if (bytes.length > RawManifest.MAX_BYTES) {
      throw new InvalidManifestException(
          "the manifest on standard input is larger than " + RawManifest.MAX_BYTES + " bytes");
    }
    return RawManifest.of(bytes, mediaType(bytes));
  }

  /**
   * The manifest's {@code mediaType}, or, when it has none (OCI allows that, schema 1 never has
   * one), the type its shape says.
   */
  static MediaType mediaType(byte[] bytes) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new InvalidManifestException(
          "the manifest on standard input is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidManifestException("the manifest on standard input is not a JSON object");
    }
    JsonNode type = root.get("mediaType");
    if (type != null && type.isTextual()) {
      return MediaType.parse(type.asText());
    }
    if (root.path("schemaVersion").asInt() == 1) {
      return root.has("signatures") ? MediaType.DOCKER_SCHEMA1_SIGNED : MediaType.DOCKER_SCHEMA1;
    }
    return root.has("manifests") ? MediaType.OCI_INDEX : MediaType.OCI_MANIFEST;
  }
}
