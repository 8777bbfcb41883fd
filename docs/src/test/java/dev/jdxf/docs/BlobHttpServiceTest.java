package dev.jdxf.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.app.facade.Jdxf;
import dev.jdxf.app.facade.JdxfOptions;
import dev.jdxf.app.facade.JdxfRegistry;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.testing.RegistryExtension;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The embedding guide's example, run against a real registry; and the guide quotes it exactly. */
class BlobHttpServiceTest {
  @RegisterExtension static final RegistryExtension REGISTRY = RegistryExtension.plain();

  @TempDir Path dir;
  private final Vertx vertx = Vertx.vertx();
  private final JdxfRegistry registry =
      Jdxf.registry(vertx, JdxfOptions.builder(REGISTRY.host()).insecure(true).build());
  private final HttpClient http = HttpClient.newHttpClient();

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    await(registry.close());
    await(vertx.close());
  }

  private HttpResponse<byte[]> get(HttpServer server, String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.actualPort() + path);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void servesAPushedBlobWithItsLength() throws Exception {
    byte[] content = new byte[5_000_003];
    new Random(41).nextBytes(content);
    Path file = Files.write(dir.resolve("blob"), content);
    Digest digest = await(registry.repository("docs/example").pushBlob(file));
    HttpServer server = await(BlobHttpService.start(vertx, registry, 0));

    HttpResponse<byte[]> response = get(server, "/docs/example/blobs/" + digest);

    assertEquals(200, response.statusCode());
    assertArrayEquals(content, response.body());
    assertEquals(
        String.valueOf(content.length), response.headers().firstValue("Content-Length").orElse(""));
    assertEquals(
        digest.toString(), response.headers().firstValue("Docker-Content-Digest").orElse(""));
  }

  @Test
  void answers404ForAnUnknownBlobAnd400ForNonsense() throws Exception {
    HttpServer server = await(BlobHttpService.start(vertx, registry, 0));
    Digest absent = Digest.sha256(new byte[] {1, 2, 3});
    HttpResponse<byte[]> missing = get(server, "/docs/nothing/blobs/" + absent);
    assertEquals(404, missing.statusCode());
    assertTrue(new String(missing.body(), java.nio.charset.StandardCharsets.UTF_8).contains("404"));
    assertEquals(400, get(server, "/docs/x/blobs/sha256:nothex").statusCode());
    assertEquals(400, get(server, "/no-blobs-here").statusCode());
  }

  @Test
  void theEmbeddingGuideQuotesTheExampleVerbatim() throws Exception {
    Path module = Paths.get("").toAbsolutePath();
    String source =
        Files.readString(module.resolve("src/main/java/dev/jdxf/docs/BlobHttpService.java"));
    String guide = Files.readString(module.resolve("embedding.md"));
    assertTrue(
        guide.contains("```java\n" + source + "```\n"),
        "docs/embedding.md must quote BlobHttpService.java exactly; update the guide");
  }
}
