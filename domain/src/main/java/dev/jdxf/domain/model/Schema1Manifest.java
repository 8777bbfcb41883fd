package dev.jdxf.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A legacy Docker schema 1 manifest (read-only). Its layers are {@code fsLayers[].blobSum}; a
 * signed one has been verified by the parser before this object exists.
 */
public record Schema1Manifest(RawManifest raw, String name, String tag, List<Digest> fsLayers)
    implements Manifest {

  public Schema1Manifest {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tag, "tag");
    fsLayers = List.copyOf(fsLayers);
  }

  @Override
  public List<Digest> layerDigests() {
    return fsLayers;
  }
}
