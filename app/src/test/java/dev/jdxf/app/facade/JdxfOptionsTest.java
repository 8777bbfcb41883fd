package dev.jdxf.app.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.http.RegistrySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdxfOptionsTest {
  @Test
  void everyOptionReachesTheRegistrySettings() {
    RegistrySettings s =
        JdxfOptions.builder("reg.example:5000")
            .insecure(true)
            .credentials("fred", "pw")
            .authorization("Basic abc")
            .authHost("auth.example")
            .token("tok")
            .tlsVerify(false)
            .caBundle(Path.of("ca.pem"))
            .timeout(Duration.ofSeconds(7))
            .build()
            .settings();
    assertEquals("reg.example:5000", s.host());
    assertTrue(s.insecure());
    assertEquals(Optional.of("fred"), s.username());
    assertEquals(Optional.of("pw"), s.password());
    assertEquals(Optional.of("Basic abc"), s.authorization());
    assertEquals(Optional.of("auth.example"), s.authHost());
    assertEquals(Optional.of("tok"), s.token());
    assertFalse(s.tlsVerify());
    assertEquals(Optional.of(Path.of("ca.pem")), s.caBundle());
    assertEquals(Duration.ofSeconds(7), s.connectTimeout());
    assertEquals(Duration.ofSeconds(7), s.readTimeout());
  }

  @Test
  void defaultsAreDxfsAndSecretsAreNeverPrinted() {
    JdxfOptions plain = JdxfOptions.of("reg.example");
    assertEquals(RegistrySettings.of("reg.example"), plain.settings());
    String text =
        JdxfOptions.builder("h").credentials("u", "hunter2").token("t0k").build().toString();
    assertTrue(text.startsWith("JdxfOptions[host=h"), text);
    assertFalse(text.contains("hunter2") || text.contains("t0k"), text);
  }

  @Test
  void aSchemeInTheHostIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> JdxfOptions.of("https://reg.example").host());
  }
}
