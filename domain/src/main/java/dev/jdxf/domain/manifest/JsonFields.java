package dev.jdxf.domain.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.Platform;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads typed fields of manifest JSON, failing with one-line {@link InvalidManifestException}s. */
final class JsonFields {
  private JsonFields() {}

  static InvalidManifestException invalid(String reason) {
    return new InvalidManifestException("invalid manifest: " + reason);
  }

  static String requiredText(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw invalid(where + " needs a string '" + field + "'");
    }
    return v.asText();
  }

  static Optional<String> optionalText(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw invalid(where + " has a '" + field + "' that is not a string");
    }
    return Optional.of(v.asText());
  }

  static Digest digest(JsonNode node, String field, String where) {
    String text = requiredText(node, field, where);
    try {
      return Digest.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid(where + " has " + e.getMessage());
    }
  }

  static MediaType mediaType(JsonNode node, String where) {
    String text = requiredText(node, "mediaType", where);
    try {
      return MediaType.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid(where + " has " + e.getMessage());
    }
  }

  static JsonNode requiredArray(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw invalid(where + " needs an array '" + field + "'");
    }
    return v;
  }

  static JsonNode requiredObject(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isObject()) {
      throw invalid(where + " needs an object '" + field + "'");
    }
    return v;
  }

  static Map<String, String> annotations(JsonNode node, String where) {
    JsonNode v = node.get("annotations");
    if (v == null || v.isNull()) {
      return Map.of();
    }
    if (!v.isObject()) {
      throw invalid(where + " has 'annotations' that is not an object");
    }
    Map<String, String> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = v.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isTextual()) {
        throw invalid(where + " has annotation '" + e.getKey() + "' that is not a string");
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  /** A descriptor object: mediaType, digest, size; optional annotations, platform, artifactType. */
  static Descriptor descriptor(JsonNode node, String where) {
    if (!node.isObject()) {
      throw invalid(where + " is not an object");
    }
    MediaType type = mediaType(node, where);
    Digest digest = digest(node, "digest", where);
    JsonNode size = node.get("size");
    if (size == null || !size.isIntegralNumber() || !size.canConvertToLong() || size.asLong() < 0) {
      throw invalid(where + " needs a non-negative integer 'size'");
    }
    return new Descriptor(
        type,
        digest,
        size.asLong(),
        annotations(node, where),
        platform(node, where),
        optionalText(node, "artifactType", where));
  }

  static List<Descriptor> descriptors(JsonNode array, String where) {
    List<Descriptor> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      out.add(descriptor(array.get(i), where + "[" + i + "]"));
    }
    return out;
  }

  private static Optional<Platform> platform(JsonNode node, String where) {
    JsonNode p = node.get("platform");
    if (p == null || p.isNull()) {
      return Optional.empty();
    }
    if (!p.isObject()) {
      throw invalid(where + " has a 'platform' that is not an object");
    }
    String os = requiredText(p, "os", where + ".platform");
    String arch = requiredText(p, "architecture", where + ".platform");
    Optional<String> variant =
        optionalText(p, "variant", where + ".platform").filter(v -> !v.isEmpty());
    try {
      return Optional.of(new Platform(os, arch, variant));
    } catch (IllegalArgumentException e) {
      throw invalid(where + " has " + e.getMessage());
    }
  }
}
