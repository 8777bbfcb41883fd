package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RestartAndGarbageCollectTest {
  private static final String REPO = "gc/test";

  @RegisterExtension static final RegistryExtension registry = RegistryExtension.plain();

  @Test
  void keepsReferencedBlobsAndSweepsOrphansAcrossARestart() throws Exception {
    byte[] kept = "kept: referenced by a manifest".getBytes(StandardCharsets.UTF_8);
    byte[] orphan = "orphan: referenced by nothing".getBytes(StandardCharsets.UTF_8);
    String keptDigest = upload(kept);
    String orphanDigest = upload(orphan);
    putManifest(keptDigest, kept.length);
    assertEquals(200, head(keptDigest));
    assertEquals(200, head(orphanDigest));
    int port = registry.server().port();

    registry.stop();
    assertFalse(registry.isRunning());
    String output = registry.garbageCollect();
    assertTrue(output.contains("blob eligible for deletion: " + orphanDigest), output);
    registry.start();

    assertTrue(registry.isRunning());
    assertEquals(port, registry.server().port(), "restarts on the same port");
    assertEquals(200, head(keptDigest));
    assertEquals(404, head(orphanDigest));
    HttpResponse<String> body =
        Http.get(registry.newHttpClient(), registry.uri("/v2/" + REPO + "/blobs/" + keptDigest));
    assertEquals(new String(kept, StandardCharsets.UTF_8), body.body());
  }

  @Test
  void restartWithGarbageCollectionKeepsTags() throws Exception {
    byte[] content = "tagged".getBytes(StandardCharsets.UTF_8);
    putManifest(upload(content), content.length);

    registry.restartWithGarbageCollection();

    HttpResponse<String> tags =
        Http.get(registry.newHttpClient(), registry.uri("/v2/" + REPO + "/tags/list"));
    assertEquals(200, tags.statusCode());
    assertTrue(tags.body().contains("\"latest\""), tags.body());
  }

  @Test
  void garbageCollectRefusesARunningRegistry() {
    assertTrue(registry.isRunning());
    IllegalStateException e = assertThrows(IllegalStateException.class, registry::garbageCollect);
    assertEquals("stop() the registry before garbage-collect", e.getMessage());
  }

  @Test
  void startRefusesARunningRegistry() {
    assertThrows(IllegalStateException.class, registry::start);
  }

  /** The shortest upload the registry allows: POST, then PUT to the Location with ?digest=. */
  private static String upload(byte[] content) throws Exception {
    String digest = OciLayoutBuilder.sha256(content);
    HttpResponse<String> started =
        Http.send(
            registry.newHttpClient(),
            "POST",
            registry.uri("/v2/" + REPO + "/blobs/uploads/"),
            new byte[0]);
    assertEquals(202, started.statusCode(), started.body());
    String location = Http.header(started, "Location");
    URI put =
        registry
            .baseUri()
            .resolve(location + (location.contains("?") ? "&" : "?") + "digest=" + digest);
    HttpResponse<String> done =
        Http.send(
            registry.newHttpClient(),
            "PUT",
            put,
            content,
            "Content-Type",
            "application/octet-stream");
    assertEquals(201, done.statusCode(), done.body());
    assertEquals(digest, Http.header(done, "Docker-Content-Digest"));
    return digest;
  }

  /** Tags {@code latest} with a dxf-style manifest whose config and only layer is the blob. */
  private static void putManifest(String digest, int size) throws Exception {
    String manifest =
        "{\"config\": {\"digest\": \""
            + digest
            + "\", \"mediaType\": \"application/vnd.docker.container.image.v1+json\", \"size\": "
            + size
            + "}, \"layers\": [{\"digest\": \""
            + digest
            + "\", \"mediaType\": \"application/octet-stream\", \"size\": "
            + size
            + "}], \"mediaType\": \"application/vnd.docker.distribution.manifest.v2+json\","
            + " \"schemaVersion\": 2}";
    HttpResponse<String> response =
        Http.send(
            registry.newHttpClient(),
            "PUT",
            registry.uri("/v2/" + REPO + "/manifests/latest"),
            manifest.getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/vnd.docker.distribution.manifest.v2+json");
    assertEquals(201, response.statusCode(), response.body());
  }

  private static int head(String digest) throws Exception {
    return Http.send(
            registry.newHttpClient(),
            "HEAD",
            registry.uri("/v2/" + REPO + "/blobs/" + digest),
            new byte[0])
        .statusCode();
  }
}
