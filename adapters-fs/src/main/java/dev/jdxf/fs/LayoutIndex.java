package dev.jdxf.fs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jdxf.domain.error.StorageException;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code index.json} of one layout, immutable. Fields this adapter does not use (other
 * annotations, platforms, top-level fields written by other tools) are kept as they were.
 */
final class LayoutIndex {
  static final String REF_NAME = "org.opencontainers.image.ref.name";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One {@code manifests[]} entry: the descriptor and the alias it carries, if any. */
  record Entry(Descriptor descriptor, Optional<String> alias, ObjectNode node) {
    Digest digest() {
      return descriptor.digest();
    }
  }

  private final ObjectNode document;
  private final List<Entry> entries;

  private LayoutIndex(ObjectNode document, List<Entry> entries) {
    this.document = document;
    this.entries = List.copyOf(entries);
  }

  static LayoutIndex empty() {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("schemaVersion", 2);
    doc.put("mediaType", MediaType.OCI_INDEX.value());
    doc.putArray("manifests");
    return new LayoutIndex(doc, List.of());
  }

  /** Parses an {@code index.json}; {@code where} names it in errors. */
  static LayoutIndex parse(byte[] bytes, String where) {
    JsonNode tree;
    try {
      tree = JSON.readTree(bytes);
    } catch (IOException e) {
      throw corrupt(where, "not JSON (" + firstLine(e) + ")");
    }
    if (tree == null || !tree.isObject()) {
      throw corrupt(where, "not a JSON object");
    }
    ObjectNode doc = (ObjectNode) tree;
    JsonNode manifests = doc.path("manifests");
    if (manifests.isMissingNode() || manifests.isNull()) {
      return new LayoutIndex(doc, List.of());
    }
    if (!manifests.isArray()) {
      throw corrupt(where, "'manifests' is not an array");
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < manifests.size(); i++) {
      entries.add(entry(manifests.get(i), where + " manifests[" + i + "]"));
    }
    return new LayoutIndex(doc, entries);
  }

  private static Entry entry(JsonNode node, String where) {
    if (!node.isObject()) {
      throw corrupt(where, "not a JSON object");
    }
    String digest = node.path("digest").asText("");
    String mediaType = node.path("mediaType").asText("");
    JsonNode size = node.path("size");
    try {
      Digest d = Digest.parse(digest);
      MediaType m = new MediaType(mediaType);
      if (!size.canConvertToExactIntegral() || size.asLong() < 0) {
        throw new IllegalArgumentException("invalid size '" + size + "'");
      }
      JsonNode ref = node.path("annotations").path(REF_NAME);
      Optional<String> alias = ref.isTextual() ? Optional.of(ref.asText()) : Optional.empty();
      return new Entry(Descriptor.of(m, d, size.asLong()), alias, (ObjectNode) node);
    } catch (IllegalArgumentException e) {
      throw corrupt(where, String.valueOf(e.getMessage()));
    }
  }

  List<Entry> entries() {
    return entries;
  }

  Optional<Entry> byAlias(String alias) {
    return entries.stream().filter(e -> e.alias().equals(Optional.of(alias))).findFirst();
  }

  List<Entry> byDigest(Digest digest) {
    return entries.stream().filter(e -> e.digest().equals(digest)).toList();
  }

  /** Every alias, sorted, each once. */
  List<String> aliases() {
    TreeSet<String> names = new TreeSet<>();
    entries.forEach(e -> e.alias().ifPresent(names::add));
    return List.copyOf(names);
  }

  /**
   * Points {@code alias} at {@code manifest}: replaces any entry carrying that alias and any
   * untagged entry of the same manifest, and appends the new entry.
   */
  LayoutIndex withAlias(Alias alias, Descriptor manifest) {
    List<Entry> kept = new ArrayList<>();
    for (Entry e : entries) {
      boolean sameAlias = e.alias().equals(Optional.of(alias.name()));
      boolean untaggedSame = e.alias().isEmpty() && e.digest().equals(manifest.digest());
      if (!sameAlias && !untaggedSame) {
        kept.add(e);
      }
    }
    ObjectNode node = descriptorNode(manifest);
    node.putObject("annotations").put(REF_NAME, alias.name());
    kept.add(new Entry(manifest, Optional.of(alias.name()), node));
    return with(kept);
  }

  /** Makes {@code manifest} reachable without an alias, unless an entry already names it. */
  LayoutIndex withManifest(Descriptor manifest) {
    if (!byDigest(manifest.digest()).isEmpty()) {
      return this;
    }
    List<Entry> all = new ArrayList<>(entries);
    all.add(new Entry(manifest, Optional.empty(), descriptorNode(manifest)));
    return with(all);
  }

  /** Drops every entry of {@code digest}. */
  LayoutIndex without(Digest digest) {
    return with(entries.stream().filter(e -> !e.digest().equals(digest)).toList());
  }

  byte[] toBytes() {
    try {
      return JSON.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private LayoutIndex with(List<Entry> kept) {
    ObjectNode doc = document.deepCopy();
    ArrayNode array = doc.putArray("manifests");
    kept.forEach(e -> array.add(e.node()));
    if (!doc.has("schemaVersion")) {
      doc.put("schemaVersion", 2);
    }
    return new LayoutIndex(doc, kept);
  }

  private static ObjectNode descriptorNode(Descriptor d) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("mediaType", d.mediaType().value());
    node.put("digest", d.digest().toString());
    node.put("size", d.size());
    return node;
  }

  private static StorageException corrupt(String where, String what) {
    return new StorageException("corrupt OCI layout: " + where + ": " + what);
  }

  private static String firstLine(IOException e) {
    String msg = String.valueOf(e.getMessage());
    int nl = msg.indexOf('\n');
    return nl < 0 ? msg : msg.substring(0, nl);
  }
}
