package dev.jdxf.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a registry's small JSON answers (a token, a page of names, errors) with Jackson's streaming
 * parser into plain maps, lists, strings, numbers and booleans. Not Vert.x's {@code JsonObject}:
 * with Jackson's object mapper on the class path, that starts the mapper (its type factory and the
 * JDK's locale data for its date format), some 50 ms of a short command on a cold JVM, for a
 * handful of fields.
 */
final class JsonAnswers {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonAnswers() {}

  /**
   * The JSON object {@code bytes} hold, its members in order (a repeated name: the last value).
   *
   * @throws IOException when the bytes are not one JSON object
   */
  static Map<String, @Nullable Object> object(byte[] bytes) throws IOException {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      Map<String, @Nullable Object> object = objectAt(parser);
      if (parser.nextToken() != null) {
        throw new IOException("more than one JSON value");
      }
      return object;
    }
  }

  /** The string members of {@code value} when it is a list; empty when it is anything else. */
  static List<String> strings(@Nullable Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        strings.add(String.valueOf(item));
      }
    }
    return strings;
  }

  private static Map<String, @Nullable Object> objectAt(JsonParser parser) throws IOException {
    Map<String, @Nullable Object> object = new LinkedHashMap<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        throw new IOException("malformed JSON object");
      }
      String name = parser.currentName();
      object.put(name, valueAt(parser, parser.nextToken()));
    }
    return object;
  }

  private static @Nullable Object valueAt(JsonParser parser, @Nullable JsonToken token)
      throws IOException {
    if (token == null) {
      throw new IOException("JSON ends early");
    }
    return switch (token) {
      case START_OBJECT -> objectAt(parser);
      case START_ARRAY -> arrayAt(parser);
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IOException("unexpected JSON " + token);
    };
  }

  private static List<@Nullable Object> arrayAt(JsonParser parser) throws IOException {
    List<@Nullable Object> array = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      array.add(valueAt(parser, t));
    }
    return array;
  }
}
