package dev.jdxf.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Layouts written by this adapter read by skopeo, and layouts written by skopeo read by it. */
class SkopeoInteropTest extends LayoutTestBase {
  private static final Path SKOPEO = Path.of("/usr/bin/skopeo");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RepositoryName SOURCE = RepositoryName.parse("interop/src");
  private static final RepositoryName COPY = RepositoryName.parse("interop/copy");

  private RawManifest image = RawManifest.of(utf8("{}"), MediaType.OCI_MANIFEST);
  private List<BlobInfo> blobs = List.of();

  @BeforeEach
  void writeImage() throws Exception {
    if (!Files.isExecutable(SKOPEO)) {
      fail("skopeo is required for this test: install it with 'apt-get install -y skopeo'");
    }
    byte[] tar = TestImage.tar("hello.txt", utf8("hello from jdxf\n"));
    BlobInfo layer = write(store, SOURCE, TestImage.gzip(tar));
    BlobInfo config = write(store, SOURCE, TestImage.config(Digest.sha256(tar).toString()));
    blobs = List.of(config, layer);
    String json =
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
            + "\"digest\":\""
            + config.digest()
            + "\",\"size\":"
            + config.size()
            + "},\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\","
            + "\"digest\":\""
            + layer.digest()
            + "\",\"size\":"
            + layer.size()
            + "}]}";
    image = RawManifest.of(utf8(json), MediaType.OCI_MANIFEST);
    Await.result(store.manifests().put(SOURCE, Alias.parse("v1"), image));
  }

  private String layout(RepositoryName repo, String alias) {
    return "oci:" + root.resolve(repo.value()) + ":" + alias;
  }

  private byte[] skopeo(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(SKOPEO.toString(), "--insecure-policy"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "skopeo finished");
    assertEquals(
        0,
        p.exitValue(),
        () -> command + " failed: " + new String(err.join(), StandardCharsets.UTF_8));
    return out;
  }

  private static byte[] drain(InputStream in) {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      return utf8("cannot read stderr: " + e);
    }
  }

  @Test
  void skopeoReadsTheExactManifestAndTheImageWeWrote() throws Exception {
    assertArrayEquals(image.bytes(), skopeo("inspect", "--raw", layout(SOURCE, "v1")));

    JsonNode inspected = JSON.readTree(skopeo("inspect", layout(SOURCE, "v1")));
    assertEquals("amd64", inspected.path("Architecture").asText());
    assertEquals("linux", inspected.path("Os").asText());
    assertEquals(blobs.get(1).digest().toString(), inspected.path("Layers").get(0).asText());
    assertEquals(image.digest().toString(), inspected.path("Digest").asText());
  }

  @Test
  void aLayoutSkopeoCopiedIsReadByTheAdapter() throws Exception {
    skopeo("copy", "--quiet", layout(SOURCE, "v1"), layout(COPY, "v2"));

    RawManifest copied = Await.result(store.manifests().get(COPY, Alias.parse("v2")));
    assertEquals(MediaType.OCI_MANIFEST, copied.mediaType());
    JsonNode parsed = JSON.readTree(copied.bytes());
    List<JsonNode> descriptors = new ArrayList<>();
    descriptors.add(parsed.path("config"));
    parsed.path("layers").forEach(descriptors::add);
    assertEquals(2, descriptors.size());
    for (JsonNode d : descriptors) {
      Digest digest = Digest.parse(d.path("digest").asText());
      assertEquals(
          Optional.of(d.path("size").asLong()), Await.result(store.blobs().stat(COPY, digest)));
    }
    assertEquals(
        List.of("v2"),
        Await.result(store.manifests().listAliases(COPY, PageRequest.first(0))).items());
    assertEquals(
        copied, Await.result(store.manifests().get(COPY, copied.digest())), "by digest too");
    assertEquals(
        List.of("interop/copy", "interop/src"),
        Await.result(store.catalog().listRepositories(PageRequest.first(0))).items());
  }

  @Test
  void theAdapterAddsAliasesToALayoutSkopeoWrote() throws Exception {
    skopeo("copy", "--quiet", layout(SOURCE, "v1"), layout(COPY, "v2"));
    RawManifest copied = Await.result(store.manifests().get(COPY, Alias.parse("v2")));

    Await.result(store.manifests().put(COPY, Alias.parse("v3"), copied));

    assertArrayEquals(copied.bytes(), skopeo("inspect", "--raw", layout(COPY, "v3")));
    assertArrayEquals(copied.bytes(), skopeo("inspect", "--raw", layout(COPY, "v2")));
  }
}
