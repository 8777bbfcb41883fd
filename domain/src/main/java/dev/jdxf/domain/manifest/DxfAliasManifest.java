package dev.jdxf.domain.manifest;

import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifest dxf's set-alias writes: a Docker schema 2 manifest whose layers are the blobs (as
 * {@code application/octet-stream}) and whose config is the first blob (as the container-config
 * type), in Python's {@code json.dumps(obj, sort_keys=True)} form, byte for byte.
 */
public final class DxfAliasManifest {
  private DxfAliasManifest() {}

  /** The manifest text for {@code blobs} (at least one). */
  public static String text(List<BlobInfo> blobs) {
    if (blobs.isEmpty()) {
      throw new IllegalArgumentException("an alias needs at least one blob");
    }
    BlobInfo first = blobs.get(0);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("schemaVersion", 2);
    manifest.put("mediaType", MediaType.DOCKER_MANIFEST.value());
    manifest.put("config", descriptor(MediaType.DOCKER_CONTAINER_CONFIG, first));
    manifest.put("layers", blobs.stream().map(b -> descriptor(MediaType.OCTET_STREAM, b)).toList());
    return PythonJson.dumps(manifest);
  }

  /** The manifest for {@code blobs}, with its media type, ready to store. */
  public static RawManifest of(List<BlobInfo> blobs) {
    return RawManifest.of(text(blobs).getBytes(StandardCharsets.UTF_8), MediaType.DOCKER_MANIFEST);
  }

  private static Map<String, Object> descriptor(MediaType type, BlobInfo blob) {
    return Map.of(
        "mediaType", type.value(), "size", blob.size(), "digest", blob.digest().toString());
  }
}
