package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlainRegistryTest {
  @RegisterExtension static final RegistryExtension registry = RegistryExtension.plain();

  @Test
  void v2AnswersOkAnonymously() throws Exception {
    HttpResponse<String> response =
        registry
            .newHttpClient()
            .send(
                HttpRequest.newBuilder(registry.uri("/v2/")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals(
        "registry/2.0",
        response.headers().firstValue("Docker-Distribution-Api-Version").orElse(""));
  }

  @Test
  void describesItself() throws Exception {
    assertFalse(registry.isTls());
    assertTrue(registry.host().startsWith("127.0.0.1:"));
    assertEquals("http://" + registry.host(), registry.baseUri().toString());
    String config = Files.readString(registry.configPath());
    assertTrue(config.contains("enabled: true"), config);
    assertTrue(config.contains(registry.storageDir().toString()), config);
    assertTrue(registry.log().contains("listening on 127.0.0.1:"), registry.log());
    assertThrows(IllegalStateException.class, registry::caPemPath);
    assertThrows(IllegalStateException.class, registry::tokenService);
  }
}
