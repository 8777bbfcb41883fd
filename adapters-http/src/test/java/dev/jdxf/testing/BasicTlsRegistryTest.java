package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BasicTlsRegistryTest {
  @RegisterExtension static final RegistryExtension registry = RegistryExtension.basicTls();

  @Test
  void challengesAnonymousCallersWithBasic() throws Exception {
    HttpResponse<String> response = Http.get(registry.newHttpClient(), registry.uri("/v2/"));
    assertEquals(401, response.statusCode());
    assertEquals("Basic realm=\"Registry Realm\"", Http.header(response, "WWW-Authenticate"));
  }

  @Test
  void acceptsTheConfiguredCredentials() throws Exception {
    HttpResponse<String> response =
        Http.get(
            registry.newHttpClient(),
            registry.uri("/v2/"),
            "Authorization",
            registry.basicAuthorization());
    assertEquals(200, response.statusCode());
  }

  @Test
  void refusesAWrongPassword() throws Exception {
    HttpResponse<String> response =
        Http.get(
            registry.newHttpClient(),
            registry.uri("/v2/"),
            "Authorization",
            RegistryExtension.basicAuthorization(registry.username(), "wrong"));
    assertEquals(401, response.statusCode());
  }

  @Test
  void certificateIsValidForLocalhostToo() throws Exception {
    URI byName = URI.create("https://localhost:" + registry.server().port() + "/v2/");
    HttpResponse<String> response =
        Http.get(registry.newHttpClient(), byName, "Authorization", registry.basicAuthorization());
    assertEquals(200, response.statusCode());
  }

  @Test
  void aClientWithoutTheTestCaFailsTheHandshake() {
    HttpClient untrusting = HttpClient.newHttpClient();
    assertThrows(SSLHandshakeException.class, () -> Http.get(untrusting, registry.uri("/v2/")));
  }

  @Test
  void skopeoPushesWithCredentialsAndTheTestCa(@TempDir Path layout) throws Exception {
    OciLayoutBuilder.OciImage image =
        OciLayoutBuilder.at(layout).platform(OciLayoutBuilder.Platform.LINUX_ARM_V7).write("v1");
    Skopeo.copy(image, registry, "skopeo/basic", "v1", Skopeo.Format.OCI);
    HttpResponse<String> manifest =
        Http.get(
            registry.newHttpClient(),
            registry.uri("/v2/skopeo/basic/manifests/v1"),
            "Authorization",
            registry.basicAuthorization(),
            "Accept",
            OciLayoutBuilder.MANIFEST);
    assertEquals(200, manifest.statusCode(), manifest.body());
    assertEquals(image.top().digest(), Http.header(manifest, "Docker-Content-Digest"));
  }

  @Test
  void caPemFileHoldsTheTestCa() throws Exception {
    assertTrue(registry.isTls());
    assertEquals("https://" + registry.host(), registry.baseUri().toString());
    try (InputStream in = Files.newInputStream(registry.caPemPath())) {
      assertEquals(
          registry.caCertificate(),
          CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
  }
}
