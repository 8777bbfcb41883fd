package dev.jdxf.fs;

import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.manifest.ManifestParser;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import java.util.Optional;

/** Recognises a manifest from its bytes, for manifest blobs that no index entry describes. */
final class ManifestTypes {
  private ManifestTypes() {}

  /**
   * The manifest's media type as the domain's parser resolves it (its {@code mediaType} field or
   * its shape); empty when the bytes are not a manifest jdxf reads.
   */
  static Optional<MediaType> infer(byte[] bytes) {
    try {
      return Optional.of(
          ManifestParser.resolve(RawManifest.of(bytes, MediaType.OCTET_STREAM)).mediaType());
    } catch (InvalidManifestException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
