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
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jdxf copy} with a two-platform index pushed by skopeo to a token-auth registry: to a local
 * layout store and back, and between two repositories of the registry (by mounting).
 */
class CopyIT {
  @RegisterExtension static final RegistryExtension registry = RegistryExtension.tokenTls();

  @TempDir static Path work;

  private static OciImage image;

  @BeforeAll
  static void pushIndex() {
    image =
        OciLayoutBuilder.at(work.resolve("skopeo-layout"))
            .platform(Platform.LINUX_AMD64)
            .platform(Platform.LINUX_ARM_V7)
            .write("v1");
    Skopeo.copy(image, registry, "copy/src", "v1", Skopeo.Format.OCI);
  }

  private static String store() {
    return "oci:" + work.resolve("store");
  }

  private static String layer(int platform) {
    return image.images().get(platform).layers().get(0).digest();
  }

  private static byte[] skopeoBlob(String digest) throws IOException {
    return Files.readAllBytes(
        work.resolve("skopeo-layout/blobs/sha256").resolve(digest.substring(7)));
  }

  @Test
  void copiesAnIndexToALocalStoreAndBackKeepingEveryDigest() throws IOException {
    CliProcess jdxf = CliProcess.of(registry);
    String indexDigest = image.top().digest();

    CliProcess.Result out =
        jdxf.run("copy", registry.host() + "/copy/src:v1", store() + ":backup/multi:v1").ok();
    assertEquals(indexDigest + "\n", out.out());

    CliProcess local = CliProcess.bare().with("DXF_HOST", store());
    assertEquals(
        "{\"linux/amd64\": [\"" + layer(0) + "\"], \"linux/arm/v7\": [\"" + layer(1) + "\"]}\n",
        local.run("get-alias", "backup/multi", "v1").ok().out());
    PlatformImage arm = image.images().get(1);
    assertArrayEquals(
        skopeoBlob(layer(1)),
        local
            .with("DXF_PLATFORM", "linux/arm/v7")
            .run("pull-blob", "backup/multi", "@v1")
            .ok()
            .stdout());
    assertEquals(
        arm.config().digest() + "\n",
        local
            .with("DXF_PLATFORM", "linux/arm/v7")
            .run("get-digest", "backup/multi", "v1")
            .ok()
            .out());

    CliProcess.Result back =
        jdxf.run("copy", store() + ":backup/multi:v1", registry.host() + "/copy/restored:v2").ok();
    assertEquals(indexDigest + "\n", back.out());
    assertEquals(
        "{\"linux/amd64\": \""
            + image.images().get(0).config().digest()
            + "\", \"linux/arm/v7\": \""
            + arm.config().digest()
            + "\"}\n",
        jdxf.run("get-digest", "copy/restored", "v2").ok().out());
    assertArrayEquals(
        skopeoBlob(layer(0)),
        jdxf.with("DXF_PLATFORM", "linux/amd64")
            .run("pull-blob", "copy/restored", "@v2")
            .ok()
            .stdout());
  }

  @Test
  void copiesBetweenRepositoriesOfOneRegistryByMounting() {
    CliProcess jdxf = CliProcess.of(registry);

    CliProcess.Result out =
        jdxf.run("copy", registry.host() + "/copy/src:v1", registry.host() + "/copy/mounted:v1")
            .ok();

    assertEquals(image.top().digest() + "\n", out.out());
    String hex = layer(0).substring("sha256:".length());
    boolean mounted =
        registry
            .log()
            .lines()
            .anyMatch(
                l ->
                    l.contains("/v2/copy/mounted/blobs/uploads/")
                        && l.contains("mount=")
                        && l.contains(hex)
                        && l.contains("http.response.status=201"));
    assertTrue(
        mounted, () -> "the registry mounted no " + layer(0) + "; its log:\n" + registry.log());
    assertEquals(
        layer(0) + "\n",
        jdxf.with("DXF_PLATFORM", "linux/amd64").run("get-alias", "copy/mounted", "v1").ok().out());
  }

  @Test
  void aSecondCopyFindsEveryBlobInPlace() throws IOException {
    CliProcess jdxf = CliProcess.of(registry);
    String to = store() + ":again/multi:v1";
    jdxf.run("copy", registry.host() + "/copy/src:v1", to).ok();
    Path blobs = work.resolve("store/again/multi/blobs/sha256");
    long before;
    try (var files = Files.list(blobs)) {
      before = files.count();
    }
    Path layerFile = blobs.resolve(layer(0).substring(7));
    var modified = Files.getLastModifiedTime(layerFile);

    jdxf.run("copy", registry.host() + "/copy/src:v1", to).ok();

    try (var files = Files.list(blobs)) {
      assertEquals(before, files.count());
    }
    assertEquals(modified, Files.getLastModifiedTime(layerFile));
  }

  @Test
  void wrongLocationsAreUsageErrors() {
    CliProcess jdxf = CliProcess.of(registry);
    CliProcess.Result few = jdxf.run("copy", registry.host() + "/copy/src:v1");
    assertEquals(2, few.status(), few::toString);
    assertTrue(few.stderr().contains("too few arguments"), few::toString);

    CliProcess.Result bad = jdxf.run("copy", "copy/src", store() + ":x:v1");
    assertEquals(2, bad.status(), bad::toString);
    assertTrue(bad.stderr().contains("invalid location 'copy/src'"), bad::toString);

    CliProcess.Result missing =
        jdxf.run("copy", registry.host() + "/copy/src:nope", store() + ":x:v1");
    assertEquals(2, missing.status(), missing::toString);
    assertTrue(missing.stderr().startsWith("jdxf: "), missing::toString);
  }
}
