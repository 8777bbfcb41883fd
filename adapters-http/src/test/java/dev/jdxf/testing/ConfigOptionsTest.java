package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ConfigOptionsTest {
  @RegisterExtension
  static final RegistryExtension registry =
      RegistryExtension.of(
          RegistryMode.PLAIN,
          b -> b.smallCatalogPages().extraYaml("health:\n  storagedriver:\n    enabled: false"));

  @Test
  void smallCatalogPagesAreLinked(@TempDir Path layout) throws Exception {
    OciLayoutBuilder.OciImage image =
        OciLayoutBuilder.at(layout).platform(OciLayoutBuilder.Platform.LINUX_AMD64).write("v1");
    for (String repo : new String[] {"pages/a", "pages/b", "pages/c"}) {
      Skopeo.copy(image, registry, repo, "v1", Skopeo.Format.V2S2);
    }
    HttpResponse<String> first = Http.get(registry.newHttpClient(), registry.uri("/v2/_catalog"));
    assertEquals(200, first.statusCode());
    assertEquals("{\"repositories\":[\"pages/a\",\"pages/b\"]}\n", first.body());
    String link = Http.header(first, "Link");
    assertEquals("</v2/_catalog?last=pages%2Fb&n=2>; rel=\"next\"", link);
  }

  @Test
  void schema1IsOnByDefaultSoSchema2IsConvertedForSchema1OnlyClients(@TempDir Path layout)
      throws Exception {
    OciLayoutBuilder.OciImage image =
        OciLayoutBuilder.at(layout).platform(OciLayoutBuilder.Platform.LINUX_AMD64).write("v1");
    Skopeo.copy(image, registry, "schema1/converted", "v1", Skopeo.Format.V2S2);
    HttpResponse<String> response =
        Http.get(
            registry.newHttpClient(),
            registry.uri("/v2/schema1/converted/manifests/v1"),
            "Accept",
            "application/vnd.docker.distribution.manifest.v1+prettyjws");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "application/vnd.docker.distribution.manifest.v1+prettyjws",
        Http.header(response, "Content-Type"));
    assertTrue(response.body().contains("\"schemaVersion\": 1"), response.body());
    assertTrue(response.body().contains("\"signatures\""), response.body());
  }

  @Test
  void extraYamlIsAppendedToTheConfiguration() throws Exception {
    String config = Files.readString(registry.configPath(), StandardCharsets.UTF_8);
    assertTrue(config.contains("catalog:\n  maxentries: 2\n"), config);
    assertTrue(config.endsWith("health:\n  storagedriver:\n    enabled: false\n"), config);
  }

  @Test
  void environmentVariablesOverrideTheConfiguration(@TempDir Path layout) throws Exception {
    RegistryConfig config =
        RegistryConfig.builder(RegistryMode.PLAIN)
            .environment("REGISTRY_CATALOG_MAXENTRIES", "1")
            .build();
    OciLayoutBuilder.OciImage image =
        OciLayoutBuilder.at(layout).platform(OciLayoutBuilder.Platform.LINUX_AMD64).write("v1");
    try (RegistryServer server = RegistryServer.start(config)) {
      Skopeo.copy(image.layout(), "v1", server, "env/a", "v1", Skopeo.Format.OCI, false);
      Skopeo.copy(image.layout(), "v1", server, "env/b", "v1", Skopeo.Format.OCI, false);
      HttpResponse<String> page = Http.get(server.newHttpClient(), server.uri("/v2/_catalog"));
      assertEquals("{\"repositories\":[\"env/a\"]}\n", page.body());
      assertTrue(Http.header(page, "Link").contains("n=1"), Http.header(page, "Link"));
    }
  }
}
