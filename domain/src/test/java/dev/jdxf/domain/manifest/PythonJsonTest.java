package dev.jdxf.domain.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonJsonTest {
  @Test
  void sortsKeysAtEveryLevelWithPythonSpacing() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", List.of(true, false));
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("b", inner);
    outer.put("a", "x");
    outer.put("n", Arrays.asList(1L, null));
    assertEquals(
        "{\"a\": \"x\", \"b\": {\"a\": [true, false], \"z\": 1}, \"n\": [1, null]}",
        PythonJson.dumps(outer));
  }

  @Test
  void escapesLikeEnsureAscii() {
    assertEquals(
        "\"a\\\"b\\\\c\\n\\t\\u0001\\u007f\\u00e9\\ud83d\\ude00\"",
        PythonJson.dumps("a\"b\\c\n\t\u0001\u007f\u00e9\uD83D\uDE00"));
    assertEquals("{}", PythonJson.dumps(Map.of()));
    assertEquals("[]", PythonJson.dumps(List.of()));
  }

  @Test
  void refusesOtherTypes() {
    assertThrows(IllegalArgumentException.class, () -> PythonJson.dumps(1.5));
  }
}
