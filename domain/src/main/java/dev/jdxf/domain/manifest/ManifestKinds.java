package dev.jdxf.domain.manifest;

import static dev.jdxf.domain.manifest.JsonFields.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jdxf.domain.model.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Decides which kind of manifest a body is, from its {@code Content-Type} and its own {@code
 * mediaType} and shape, refusing contradictions.
 */
final class ManifestKinds {
  private ManifestKinds() {}

  /** The concrete manifest media type of {@code root}, served as {@code served}. */
  static MediaType resolve(MediaType served, JsonNode root) {
    boolean hasManifests = root.has("manifests");
    boolean hasLayers = root.has("layers");
    boolean hasConfig = root.has("config");
    if (hasManifests && (hasLayers || hasConfig)) {
      throw invalid(
          "it has both 'manifests' and '"
              + (hasLayers ? "layers" : "config")
              + "', so it could be read as an index or as an image (CVE-2021-41190)");
    }
    MediaType declared = declaredType(root);
    MediaType kind;
    if (served.isManifest()) {
      if (declared != null && !sameKind(declared, served)) {
        throw invalid(
            "its body says mediaType '" + declared + "' but it was served as '" + served + "'");
      }
      kind = served;
    } else if (served.isGeneric()) {
      kind = declared != null ? declared : byShape(root, hasManifests, hasLayers, hasConfig);
      if (!kind.isManifest()) {
        throw invalid("unsupported manifest media type '" + kind + "'");
      }
    } else {
      throw invalid("unsupported manifest media type '" + served + "'");
    }
    checkShape(kind, root, hasManifests, hasLayers, hasConfig);
    return kind;
  }

  private static @Nullable MediaType declaredType(JsonNode root) {
    JsonNode v = root.get("mediaType");
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw invalid("its 'mediaType' is not a string");
    }
    try {
      return MediaType.parse(v.asText());
    } catch (IllegalArgumentException e) {
      throw invalid("its " + e.getMessage());
    }
  }

  private static boolean sameKind(MediaType declared, MediaType served) {
    return declared.equals(served) || (declared.isSchema1() && served.isSchema1());
  }

  private static MediaType byShape(
      JsonNode root, boolean hasManifests, boolean hasLayers, boolean hasConfig) {
    if (hasManifests) {
      return MediaType.OCI_INDEX;
    }
    if (hasLayers && hasConfig) {
      return MediaType.OCI_MANIFEST;
    }
    if (root.has("fsLayers")) {
      return root.has("signatures") ? MediaType.DOCKER_SCHEMA1_SIGNED : MediaType.DOCKER_SCHEMA1;
    }
    throw invalid(
        "cannot tell its type: no mediaType, and none of 'manifests', 'config'+'layers' or"
            + " 'fsLayers'");
  }

  private static void checkShape(
      MediaType kind, JsonNode root, boolean hasManifests, boolean hasLayers, boolean hasConfig) {
    String where = "a " + describe(kind);
    if (kind.isIndex() && (!hasManifests || hasLayers || hasConfig)) {
      throw invalid(where + " needs 'manifests' and no 'layers' or 'config'");
    }
    if (kind.isImage() && (!hasConfig || !hasLayers || hasManifests)) {
      throw invalid(where + " needs 'config' and 'layers' and no 'manifests'");
    }
    if (kind.isSchema1() && (!root.has("fsLayers") || hasManifests || hasLayers || hasConfig)) {
      throw invalid(where + " needs 'fsLayers' and no 'manifests', 'layers' or 'config'");
    }
    int expectedVersion = kind.isSchema1() ? 1 : 2;
    JsonNode version = root.get("schemaVersion");
    if (version == null
        || !version.isIntegralNumber()
        || !version.canConvertToInt()
        || version.asInt() != expectedVersion) {
      throw invalid(where + " needs schemaVersion " + expectedVersion + ", got " + version);
    }
  }

  static String describe(MediaType kind) {
    if (kind.equals(MediaType.DOCKER_MANIFEST)) {
      return "Docker schema 2 manifest";
    } else if (kind.equals(MediaType.DOCKER_MANIFEST_LIST)) {
      return "Docker manifest list";
    } else if (kind.equals(MediaType.OCI_MANIFEST)) {
      return "OCI image manifest";
    } else if (kind.equals(MediaType.OCI_INDEX)) {
      return "OCI image index";
    }
    return "schema 1 manifest";
  }
}
