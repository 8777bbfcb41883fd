package dev.jdxf.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The streaming reader of small JSON answers: what it returns, and what it refuses. */
class JsonAnswersTest {
  private static Map<String, @Nullable Object> read(String json) throws IOException {
    return JsonAnswers.object(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryKindOfValue() throws IOException {
    Map<String, @Nullable Object> o =
        read(
            "{\"token\":\"t\",\"expires_in\":300,\"ratio\":0.5,\"ok\":true,\"no\":false,"
                + "\"none\":null,\"tags\":[\"a\",\"b\"],\"errors\":[{\"code\":\"DENIED\"}]}");
    assertEquals("t", o.get("token"));
    assertEquals(300, ((Number) Objects.requireNonNull(o.get("expires_in"))).intValue());
    assertEquals(0.5, ((Number) Objects.requireNonNull(o.get("ratio"))).doubleValue());
    assertEquals(Boolean.TRUE, o.get("ok"));
    assertEquals(Boolean.FALSE, o.get("no"));
    assertTrue(o.containsKey("none"));
    assertNull(o.get("none"));
    assertEquals(List.of("a", "b"), JsonAnswers.strings(o.get("tags")));
    assertEquals(List.of(Map.of("code", "DENIED")), o.get("errors"));
    assertEquals(
        List.of("token", "expires_in", "ratio", "ok", "no", "none", "tags", "errors"),
        List.copyOf(o.keySet()),
        "members in order");
  }

  @Test
  void aRepeatedNameKeepsItsLastValue() throws IOException {
    assertEquals("second", read("{\"token\":\"first\",\"token\":\"second\"}").get("token"));
  }

  @Test
  void stringsOfAnythingButAListAreNone() throws IOException {
    assertEquals(List.of(), JsonAnswers.strings(read("{\"tags\":null}").get("tags")));
    assertEquals(List.of(), JsonAnswers.strings(read("{\"tags\":\"a\"}").get("tags")));
    assertEquals(List.of(), JsonAnswers.strings(read("{}").get("tags")));
  }

  @Test
  void refusesWhatIsNotOneJsonObject() {
    for (String bad :
        List.of(
            "", "[]", "\"token\"", "{\"a\":1", "{\"a\":1}{}", "{\"a\":[1,2}", "<html>", "{a:1}")) {
      assertThrows(IOException.class, () -> read(bad), bad);
    }
  }
}
