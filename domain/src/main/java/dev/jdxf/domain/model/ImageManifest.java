package dev.jdxf.domain.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A Docker schema 2 or OCI image manifest: a config and an ordered list of layers. */
public record ImageManifest(
    RawManifest raw,
    Descriptor config,
    List<Descriptor> layers,
    Optional<String> artifactType,
    Optional<Descriptor> subject,
    Map<String, String> annotations)
    implements Manifest {

  public ImageManifest {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(config, "config");
    layers = List.copyOf(layers);
    Objects.requireNonNull(artifactType, "artifactType");
    Objects.requireNonNull(subject, "subject");
    annotations = Map.copyOf(annotations);
    if (!raw.mediaType().isImage()) {
      throw new IllegalArgumentException("not an image manifest type: " + raw.mediaType());
    }
  }

  @Override
  public List<Digest> layerDigests() {
    return layers.stream().map(Descriptor::digest).toList();
  }

  /** The sum of the layer sizes (what dxf's blob-size prints for an alias). */
  public long totalLayerSize() {
    return layers.stream().mapToLong(Descriptor::size).sum();
  }
}
