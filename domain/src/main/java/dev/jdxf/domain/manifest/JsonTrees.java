package dev.jdxf.domain.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON into Jackson's tree ({@link JsonNode}) with the streaming parser alone, as an object
 * mapper's {@code readTree} would, a repeated member name refused: manifests here, and a registry's
 * other small JSON answers (a token, a page of names, errors) in its adapter. Without starting an
 * object mapper, whose type factory and date format (the JDK's locale data) cost a short command
 * some 50 ms on a cold JVM. Numbers become the nodes the mapper makes by default: int, long or big
 * integer, and double.
 */
public final class JsonTrees {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /**
   * The first JSON value of {@code bytes}, or null when they hold none (only white space).
   *
   * @throws IOException when they are not JSON, or an object repeats a member name
   */
  public static @Nullable JsonNode read(byte[] bytes) throws IOException {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      return first == null ? null : valueAt(parser, first);
    }
  }

  private static JsonNode valueAt(JsonParser parser, @Nullable JsonToken token) throws IOException {
    if (token == null) {
      throw new IOException("JSON ends early");
    }
    return switch (token) {
      case START_OBJECT -> objectAt(parser);
      case START_ARRAY -> arrayAt(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integer(parser);
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IOException("unexpected JSON " + token);
    };
  }

  private static JsonNode integer(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }

  private static ObjectNode objectAt(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        throw new IOException("malformed JSON object");
      }
      String name = parser.currentName();
      object.set(name, valueAt(parser, parser.nextToken()));
    }
    return object;
  }

  private static ArrayNode arrayAt(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      array.add(valueAt(parser, t));
    }
    return array;
  }
}
