package dev.jdxf.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistrySettingsTest {

  @Test
  void defaults() {
    RegistrySettings s = RegistrySettings.of("localhost:5000");
    assertFalse(s.insecure());
    assertTrue(s.tlsVerify());
    assertFalse(s.hasCredentials());
    assertEquals(RegistrySettings.DEFAULT_UPLOAD_CHUNK_SIZE, s.uploadChunkSize());
  }

  @Test
  void hostIsHostAndPortOnly() {
    assertThrows(IllegalArgumentException.class, () -> RegistrySettings.of("https://x"));
    assertThrows(IllegalArgumentException.class, () -> RegistrySettings.of("x/y"));
    assertThrows(IllegalArgumentException.class, () -> RegistrySettings.of(" "));
  }

  @Test
  void limitsAreChecked() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RegistrySettings.builder("h").uploadChunkSize(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> RegistrySettings.builder("h").readTimeout(Duration.ZERO).build());
  }

  @Test
  void secretsAreNotPrinted() {
    String text =
        RegistrySettings.builder("h")
            .credentials("me", "pa55word")
            .authorization("Basic c2VjcmV0")
            .token("tok3n")
            .build()
            .toString();
    assertTrue(text.contains("username=me"), text);
    assertFalse(text.contains("pa55word") || text.contains("c2VjcmV0") || text.contains("tok3n"));
  }
}
