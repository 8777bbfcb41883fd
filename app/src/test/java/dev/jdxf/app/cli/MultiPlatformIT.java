package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.OciLayoutBuilder;
import dev.jdxf.testing.OciLayoutBuilder.OciImage;
import dev.jdxf.testing.OciLayoutBuilder.Platform;
import dev.jdxf.testing.OciLayoutBuilder.PlatformImage;
import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.Skopeo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-platform aliases (an OCI index and a Docker manifest list pushed with skopeo): one line of
 * JSON per alias keyed by platform, or one platform's result with {@code DXF_PLATFORM}.
 */
class MultiPlatformIT {
  @RegisterExtension static final RegistryExtension registry = RegistryExtension.plain();

  @TempDir static Path layout;

  private static OciImage image;

  @BeforeAll
  static void pushImages() {
    image =
        OciLayoutBuilder.at(layout)
            .platform(Platform.LINUX_AMD64)
            .platform(Platform.LINUX_ARM_V7)
            .write("v1");
    Skopeo.copy(image, registry, "multi/oci", "latest", Skopeo.Format.OCI);
    Skopeo.copy(image, registry, "multi/oci", "doomed", Skopeo.Format.OCI);
    Skopeo.copy(image, registry, "multi/oci-del", "latest", Skopeo.Format.OCI);
    Skopeo.copy(image, registry, "multi/docker", "latest", Skopeo.Format.V2S2);
  }

  /** Each platform's layer digests as one JSON line: what a multi-platform alias prints. */
  private static String layersJson() {
    return "{\"linux/amd64\": [\""
        + layer(amd64())
        + "\"], \"linux/arm/v7\": [\""
        + layer(arm())
        + "\"]}\n";
  }

  private static CliProcess jdxf() {
    return CliProcess.of(registry);
  }

  private static PlatformImage amd64() {
    return image.images().get(0);
  }

  private static PlatformImage arm() {
    return image.images().get(1);
  }

  private static String layer(PlatformImage p) {
    return p.layers().get(0).digest();
  }

  private static byte[] blob(String digest) throws IOException {
    return Files.readAllBytes(layout.resolve("blobs/sha256").resolve(digest.substring(7)));
  }

  /** A JSON string as Python's json.dumps writes compact ASCII JSON text. */
  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void getAliasPrintsTheLayersOfEachPlatform() {
    assertEquals(layersJson(), jdxf().run("get-alias", "multi/oci", "latest").ok().out());
    assertEquals(
        layer(arm()) + "\n",
        jdxf()
            .with("DXF_PLATFORM", "linux/arm/v7")
            .run("get-alias", "multi/oci", "latest")
            .ok()
            .out());
  }

  @Test
  void aDockerManifestListIsReadTheSameWay() {
    assertEquals(layersJson(), jdxf().run("get-alias", "multi/docker", "latest").ok().out());
    assertEquals(
        layer(amd64()) + "\n",
        jdxf()
            .with("DXF_PLATFORM", "linux/amd64")
            .run("get-alias", "multi/docker", "latest")
            .ok()
            .out());
  }

  @Test
  void getDigestPrintsEachPlatformsConfig() {
    assertEquals(
        "{\"linux/amd64\": \""
            + amd64().config().digest()
            + "\", \"linux/arm/v7\": \""
            + arm().config().digest()
            + "\"}\n",
        jdxf().run("get-digest", "multi/oci", "latest").ok().out());
    assertEquals(
        amd64().config().digest() + "\n",
        jdxf()
            .with("DXF_PLATFORM", "linux/amd64")
            .run("get-digest", "multi/oci", "latest")
            .ok()
            .out());
  }

  @Test
  void blobSizeSumsEachPlatformsLayers() {
    assertEquals(
        "{\"linux/amd64\": "
            + amd64().layers().get(0).size()
            + ", \"linux/arm/v7\": "
            + arm().layers().get(0).size()
            + "}\n",
        jdxf().run("blob-size", "multi/oci", "@latest").ok().out());
  }

  @Test
  void getManifestPrintsEachPlatformsManifestText() throws IOException {
    String m1 = new String(blob(amd64().manifest().digest()), StandardCharsets.UTF_8);
    String m2 = new String(blob(arm().manifest().digest()), StandardCharsets.UTF_8);
    assertEquals(
        "{\"linux/amd64\": " + jsonString(m1) + ", \"linux/arm/v7\": " + jsonString(m2) + "}\n",
        jdxf().run("get-manifest", "multi/oci", "latest").ok().out());
    assertEquals(
        m2,
        jdxf()
            .with("DXF_PLATFORM", "linux/arm/v7")
            .run("get-manifest", "multi/oci", "latest")
            .ok()
            .out());
  }

  @Test
  void pullBlobNeedsAPlatform() throws IOException {
    assertArrayEquals(
        blob(layer(arm())),
        jdxf()
            .with("DXF_PLATFORM", "linux/arm/v7")
            .run("pull-blob", "multi/oci", "@latest")
            .ok()
            .stdout());
    assertEquals(layersJson(), jdxf().run("pull-blob", "multi/oci", "@latest").ok().out());
  }

  @Test
  void aPlatformThatIsNotListedIsAnError() {
    CliProcess.Result r =
        jdxf().with("DXF_PLATFORM", "linux/s390x").run("get-alias", "multi/oci", "latest");
    assertEquals(1, r.status(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.stderr().startsWith("jdxf: "), r::toString);
    assertTrue(r.stderr().contains("linux/s390x"), r::toString);
    assertEquals(1, r.stderr().lines().count(), r::toString);
  }

  @Test
  void indexOnStdinIsReadPerPlatform() throws IOException {
    byte[] index = blob(image.top().digest());
    assertEquals(layersJson(), jdxf().runWithInput(index, "get-alias", "multi/oci").ok().out());
  }

  @Test
  void delAliasPrintsEachPlatformsManifestDigest() {
    assertEquals(
        "{\"linux/amd64\": [\""
            + amd64().manifest().digest()
            + "\"], \"linux/arm/v7\": [\""
            + arm().manifest().digest()
            + "\"]}\n",
        jdxf().run("del-alias", "multi/oci", "doomed").ok().out());
    PlainRegistryIT.assertNotFound(jdxf().run("get-alias", "multi/oci", "doomed"), "doomed");
  }

  @Test
  void delBlobDeletesEveryPlatformsBlobsAndTheIndex() {
    jdxf().run("del-blob", "multi/oci-del", "@latest").ok();
    PlainRegistryIT.assertNotFound(jdxf().run("get-alias", "multi/oci-del", "latest"), "latest");
    for (String d : new String[] {layer(amd64()), layer(arm())}) {
      PlainRegistryIT.assertNotFound(jdxf().run("blob-size", "multi/oci-del", d), d);
    }
  }
}
