package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.RegistryExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a command's first-use work runs, read from the JVM's class-initialisation log against a
 * real plain-http registry: Netty's HTTP code and a manifest's parsing on warm-up threads of their
 * own, and only for the commands that need them; no Jackson object mapper at all. Each run's output
 * stays what a script relies on.
 */
class StartUpWorkIT {
  @RegisterExtension static final RegistryExtension registry = RegistryExtension.plain();

  private static final String CODEC = "Initializing 'io/netty/channel/embedded/EmbeddedChannel'";
  private static final String MANIFEST_THREAD = "by thread \"jdxf-manifest-warm-up\"";

  @TempDir Path dir;

  /** A successful run of {@code args} with {@code jdxf}, and its class-initialisation log. */
  private record Logged(CliProcess.Result result, String inits) {}

  private Logged logged(CliProcess jdxf, String... args) throws IOException {
    Path log = Files.createTempFile(dir, "classes", ".log");
    CliProcess.Result r =
        jdxf.with("JDXF_JAVA_OPTS", "-Xlog:class+init=info:file=" + log).run(args).ok();
    assertEquals("", r.stderr());
    return new Logged(r, Files.readString(log));
  }

  private String push(String repo, byte[] content) {
    Path file = Blobs.write(dir, "blob", content);
    String digest = Blobs.sha256(content);
    assertEquals(
        digest + "\n", CliProcess.of(registry).run("push-blob", repo, file.toString()).ok().out());
    return digest;
  }

  @Test
  void aRegistryCommandWarmsUpNettysHttpCodeOnAThreadOfItsOwn() throws IOException {
    byte[] content = Blobs.text("warmed up\n");
    String digest = push("start/codec", content);

    Logged size = logged(CliProcess.of(registry), "blob-size", "start/codec", digest);
    assertEquals(content.length + "\n", size.result().out());
    int at = size.inits().indexOf(CODEC);
    assertTrue(at >= 0, "the warm-up ran");
    String line = size.inits().substring(at, size.inits().indexOf('\n', at));
    assertTrue(line.endsWith("by thread \"jdxf-netty-warm-up\""), line);
    assertFalse(size.inits().contains(MANIFEST_THREAD), "blob-size reads no manifest");

    Path file = Blobs.write(dir, "local", content);
    Logged local =
        logged(
            CliProcess.of(registry).with("DXF_HOST", "oci:" + dir.resolve("store")),
            "push-blob",
            "repo",
            file.toString());
    assertEquals(digest + "\n", local.result().out());
    assertTrue(local.inits().contains("Initializing 'io/vertx/core/impl/VertxImpl'"), "Vert.x");
    assertFalse(local.inits().contains(CODEC), "no HTTP warm-up for a local store");
  }

  @Test
  void aCommandThatReadsAManifestWarmsThatUpToo() throws IOException {
    String digest = push("start/manifest", Blobs.text("aliased\n"));
    CliProcess.of(registry).run("set-alias", "start/manifest", "warm", digest).ok();

    Logged alias = logged(CliProcess.of(registry), "get-alias", "start/manifest", "warm");
    assertEquals(digest + "\n", alias.result().out());
    assertTrue(alias.inits().contains(MANIFEST_THREAD), "the manifest warm-up ran");
  }

  @Test
  void noCommandStartsJacksonsObjectMapper() throws IOException {
    String digest = push("start/json", Blobs.text("listed\n"));
    CliProcess.of(registry).run("set-alias", "start/json", "listed", digest).ok();

    for (String[] args :
        new String[][] {{"list-aliases", "start/json"}, {"get-manifest", "start/json", "listed"}}) {
      Logged run = logged(CliProcess.of(registry), args);
      assertTrue(run.inits().contains("Initializing 'com/fasterxml/jackson/core/JsonFactory'"));
      assertFalse(
          run.inits().contains("Initializing 'com/fasterxml/jackson/databind/ObjectMapper'"),
          args[0] + " started Jackson's object mapper");
    }
  }
}
