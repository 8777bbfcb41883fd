package dev.jdxf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PyJsonTest {

  @Test
  void objectsUsePythonsSpacingAndSortedKeys() {
    TreeMap<String, String> values = new TreeMap<>();
    values.put("linux/arm/v7", PyJson.strings(List.of("sha256:b")));
    values.put("linux/amd64", PyJson.strings(List.of("sha256:a", "sha256:c")));
    assertEquals(
        "{\"linux/amd64\": [\"sha256:a\", \"sha256:c\"], \"linux/arm/v7\": [\"sha256:b\"]}",
        PyJson.object(values));
  }

  @Test
  void emptyContainers() {
    assertEquals("[]", PyJson.strings(List.of()));
    assertEquals("{}", PyJson.object(new TreeMap<>(Map.of())));
  }

  /** Expected strings are what Python 3's json.dumps prints for the same input. */
  @Test
  void stringsAreEscapedAsPythonDoes() {
    assertEquals("\"{\\\"a\\\": 1}\"", PyJson.string("{\"a\": 1}"));
    assertEquals("\"back\\\\slash\"", PyJson.string("back\\slash"));
    assertEquals("\"\\n\\r\\t\\b\\f\"", PyJson.string("\n\r\t\b\f"));
    assertEquals("\"\\u0001\\u001f\"", PyJson.string("\u0001\u001f"));
    assertEquals("\"\\u007f\"", PyJson.string("\u007f"));
    assertEquals("\"caf\\u00e9 \\u20ac\"", PyJson.string("café €"));
    assertEquals("\"\\ud83d\\ude00\"", PyJson.string("\uD83D\uDE00"));
    assertEquals("\"/ ~\"", PyJson.string("/ ~"));
  }
}
