package dev.jdxf.cli;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * JSON text exactly as Python's {@code json.dumps} writes it with default settings: {@code ", "}
 * between items, {@code ": "} after keys, characters outside space..~ escaped as {@code \\uXXXX}.
 * Callers pass values already in JSON form to {@link #object}.
 */
final class PyJson {
  private PyJson() {}

  /** A JSON string literal. */
  static String string(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '\b':
          b.append("\\b");
          break;
        case '\f':
          b.append("\\f");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }

  /** A JSON array of strings. */
  static String strings(List<?> items) {
    return items.stream()
        .map(i -> string(i.toString()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** A JSON object of values already in JSON form, in the map's (sorted) order. */
  static String object(SortedMap<String, String> jsonValues) {
    return jsonValues.entrySet().stream()
        .map((Map.Entry<String, String> e) -> string(e.getKey()) + ": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
