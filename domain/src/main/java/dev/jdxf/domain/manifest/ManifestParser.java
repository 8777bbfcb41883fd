package dev.jdxf.domain.manifest;

import static dev.jdxf.domain.manifest.JsonFields.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ImageManifest;
import dev.jdxf.domain.model.Manifest;
import dev.jdxf.domain.model.ManifestIndex;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.Schema1Manifest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses manifest bytes into the {@link Manifest} family, refusing what is malformed, ambiguous or
 * contradictory with a one-line {@link dev.jdxf.domain.error.InvalidManifestException}. Signed
 * schema 1 manifests have their signatures verified. The parsed manifest keeps the raw bytes, with
 * the media type resolved to a concrete manifest type.
 */
public final class ManifestParser {
  private ManifestParser() {}

  /** Parses {@code raw}; its media type may be generic, the kind is then inferred from the body. */
  public static Manifest parse(RawManifest raw) {
    JsonNode root = readObject(raw.bytes());
    RawManifest typed = raw.withMediaType(ManifestKinds.resolve(raw.mediaType(), root));
    MediaType kind = typed.mediaType();
    if (kind.isIndex()) {
      return index(typed, root);
    }
    if (kind.isImage()) {
      return image(typed, root);
    }
    return schema1(typed, root);
  }

  /**
   * {@code raw} with a concrete manifest media type: the same object when the type already is one,
   * else the type inferred from the body (as {@link #parse} does), with the same bytes.
   */
  public static RawManifest resolve(RawManifest raw) {
    return parse(raw).raw();
  }

  static JsonNode readObject(byte[] bytes) {
    JsonNode root;
    try {
      root = JsonTrees.read(bytes);
    } catch (IOException e) {
      throw invalid("it is not JSON (" + firstLine(e.getMessage()) + ")");
    }
    if (root == null || !root.isObject()) {
      throw invalid("it is not a JSON object");
    }
    return root;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static ManifestIndex index(RawManifest raw, JsonNode root) {
    String where = ManifestKinds.describe(raw.mediaType());
    List<Descriptor> manifests =
        JsonFields.descriptors(
            JsonFields.requiredArray(root, "manifests", where), where + " manifests");
    return new ManifestIndex(raw, manifests, JsonFields.annotations(root, where));
  }

  private static ImageManifest image(RawManifest raw, JsonNode root) {
    String where = ManifestKinds.describe(raw.mediaType());
    Descriptor config =
        JsonFields.descriptor(JsonFields.requiredObject(root, "config", where), where + " config");
    List<Descriptor> layers =
        JsonFields.descriptors(JsonFields.requiredArray(root, "layers", where), where + " layers");
    JsonNode subject = root.get("subject");
    return new ImageManifest(
        raw,
        config,
        layers,
        JsonFields.optionalText(root, "artifactType", where),
        subject == null || subject.isNull()
            ? Optional.empty()
            : Optional.of(JsonFields.descriptor(subject, where + " subject")),
        JsonFields.annotations(root, where));
  }

  private static Schema1Manifest schema1(RawManifest raw, JsonNode root) {
    String where = "schema 1 manifest";
    boolean signed = root.has("signatures");
    if (raw.mediaType().equals(MediaType.DOCKER_SCHEMA1_SIGNED) && !signed) {
      throw invalid("a signed schema 1 manifest has no 'signatures'");
    }
    if (signed) {
      Schema1Signatures.verify(raw.bytes(), root);
    }
    String name = JsonFields.requiredText(root, "name", where);
    String tag = JsonFields.optionalText(root, "tag", where).orElse("");
    JsonNode fsLayers = JsonFields.requiredArray(root, "fsLayers", where);
    List<Digest> blobs = new ArrayList<>();
    for (int i = 0; i < fsLayers.size(); i++) {
      blobs.add(JsonFields.digest(fsLayers.get(i), "blobSum", where + " fsLayers[" + i + "]"));
    }
    return new Schema1Manifest(raw, name, tag, blobs);
  }
}
