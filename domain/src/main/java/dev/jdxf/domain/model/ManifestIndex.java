package dev.jdxf.domain.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A Docker manifest list or an OCI image index: manifests, usually one per platform. */
public record ManifestIndex(
    RawManifest raw, List<Descriptor> manifests, Map<String, String> annotations)
    implements Manifest {

  public ManifestIndex {
    Objects.requireNonNull(raw, "raw");
    manifests = List.copyOf(manifests);
    annotations = Map.copyOf(annotations);
    if (!raw.mediaType().isIndex()) {
      throw new IllegalArgumentException("not an index type: " + raw.mediaType());
    }
  }

  @Override
  public List<Digest> layerDigests() {
    return List.of();
  }

  /** The first entry for {@code platform}, if any. */
  public Optional<Descriptor> find(Platform platform) {
    return manifests.stream().filter(d -> d.platform().equals(Optional.of(platform))).findFirst();
  }
}
