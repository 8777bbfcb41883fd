package dev.jdxf.domain.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The streaming tree reader gives the tree an object mapper's readTree gives, or refuses alike. */
class JsonTreesTest {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSameTreeAsAnObjectMappersWithTheSameNodeTypes() throws IOException {
    String json =
        "{\"schemaVersion\":2,\"size\":5000000000,\"huge\":123456789012345678901234567890,"
            + "\"ratio\":1.5,\"small\":-1e-3,\"t\":true,\"f\":false,\"n\":null,\"s\":\"caf\\u00e9\","
            + "\"layers\":[{\"digest\":\"sha256:00\",\"size\":7},[],{}],\"empty\":\"\"}";
    JsonNode ours = Objects.requireNonNull(JsonTrees.read(utf8(json)));
    JsonNode theirs = MAPPER.readTree(utf8(json));
    assertEquals(theirs, ours);
    for (String field : List.of("schemaVersion", "size", "huge", "ratio", "small", "s", "n")) {
      assertEquals(theirs.get(field).getClass(), ours.get(field).getClass(), field);
    }
    assertTrue(ours.get("size").canConvertToLong());
  }

  @Test
  void noValueIsNull() throws IOException {
    assertNull(JsonTrees.read(utf8("")));
    assertNull(JsonTrees.read(utf8("  \n")));
  }

  @Test
  void refusesWhatIsNotJsonAndRepeatedNames() {
    for (String bad :
        List.of("{\"a\":1", "{\"a\":1,\"a\":2}", "[1,2", "{a:1}", "<html>", "{\"a\"}")) {
      assertThrows(IOException.class, () -> JsonTrees.read(utf8(bad)), bad);
      assertThrows(IOException.class, () -> MAPPER.readTree(utf8(bad)), "the mapper too: " + bad);
    }
  }
}
