package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.jdxf.testing.OciLayoutBuilder.OciImage;
import dev.jdxf.testing.OciLayoutBuilder.Platform;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SkopeoPushTest {
  private static final String OCI_INDEX = OciLayoutBuilder.INDEX;
  private static final String DOCKER_LIST =
      "application/vnd.docker.distribution.manifest.list.v2+json";
  private static final String DOCKER_MANIFEST =
      "application/vnd.docker.distribution.manifest.v2+json";

  @RegisterExtension static final RegistryExtension registry = RegistryExtension.plain();

  @TempDir Path layout;

  @Test
  void pushesATwoPlatformOciIndex() throws Exception {
    OciImage image =
        OciLayoutBuilder.at(layout)
            .platform(Platform.LINUX_AMD64)
            .platform(Platform.LINUX_ARM_V7)
            .write("v1");
    assertTrue(image.isIndex());

    Skopeo.copy(image, registry, "multi/oci", "latest", Skopeo.Format.OCI);

    Map<String, Object> index = manifest("multi/oci", "latest", OCI_INDEX);
    assertEquals(OCI_INDEX, index.get("mediaType"));
    assertEquals(List.of("linux/amd64", "linux/arm/v7"), platforms(index));
  }

  @Test
  void pushesATwoPlatformDockerManifestList() throws Exception {
    OciImage image =
        OciLayoutBuilder.at(layout)
            .platform(Platform.LINUX_AMD64)
            .platform(Platform.LINUX_ARM_V7)
            .write("v1");

    Skopeo.copy(image, registry, "multi/docker", "latest", Skopeo.Format.V2S2);

    Map<String, Object> list = manifest("multi/docker", "latest", DOCKER_LIST);
    assertEquals(DOCKER_LIST, list.get("mediaType"));
    assertEquals(List.of("linux/amd64", "linux/arm/v7"), platforms(list));
  }

  @Test
  void pushesASinglePlatformDockerImageWithItsLayer() throws Exception {
    OciImage image = OciLayoutBuilder.at(layout).platform(Platform.LINUX_AMD64).write("one");
    assertEquals(OciLayoutBuilder.MANIFEST, image.top().mediaType());

    Skopeo.copy(image, registry, "single", "v1", Skopeo.Format.V2S2);

    Map<String, Object> manifest = manifest("single", "v1", DOCKER_MANIFEST);
    assertEquals(DOCKER_MANIFEST, manifest.get("mediaType"));
    Map<String, Object> layer = JSONObjectUtils.getJSONObjectArray(manifest, "layers")[0];
    String digest = image.images().get(0).layers().get(0).digest();
    assertEquals(digest, layer.get("digest"), "a gzip layer is pushed as is");
    HttpResponse<String> blob =
        Http.send(
            registry.newHttpClient(),
            "HEAD",
            registry.uri("/v2/single/blobs/" + digest),
            new byte[0]);
    assertEquals(200, blob.statusCode());
  }

  private static Map<String, Object> manifest(String repo, String tag, String accept)
      throws Exception {
    HttpResponse<String> response =
        Http.get(
            registry.newHttpClient(),
            registry.uri("/v2/" + repo + "/manifests/" + tag),
            "Accept",
            accept);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(accept, Http.header(response, "Content-Type"));
    return Http.json(response.body());
  }

  private static List<String> platforms(Map<String, Object> index) throws Exception {
    Map<String, Object>[] manifests = JSONObjectUtils.getJSONObjectArray(index, "manifests");
    return java.util.Arrays.stream(manifests)
        .map(m -> (Map<?, ?>) m.get("platform"))
        .map(p -> p.get("os") + "/" + p.get("architecture") + variant(p))
        .sorted()
        .collect(Collectors.toList());
  }

  private static String variant(Map<?, ?> platform) {
    Object v = platform.get("variant");
    return v == null ? "" : "/" + v;
  }
}
