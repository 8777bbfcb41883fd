package dev.jdxf.cli;

import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.model.RawManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** dxf's stdin form: a manifest given as text on standard input instead of an alias. */
final class StdinManifest {
  private StdinManifest() {}

  /**
   * Reads the manifest from {@code in}, with no media type: the domain tells the kind from the
   * manifest's own {@code mediaType} and shape.
   */
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
    return RawManifest.received(bytes, null);
  }
}
