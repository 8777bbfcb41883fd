package dev.jdxf.domain.model;

import java.util.List;

/** A parsed manifest, always kept beside the raw bytes it was parsed from. */
public sealed interface Manifest permits ImageManifest, ManifestIndex, Schema1Manifest {

  RawManifest raw();

  default MediaType mediaType() {
    return raw().mediaType();
  }

  /** The digest of the raw bytes. */
  default Digest digest() {
    return raw().digest();
  }

  /** The blobs this manifest names, in order (for an index: none). */
  List<Digest> layerDigests();
}
