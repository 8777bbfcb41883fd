package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/jdxf}'s class-data cache: an AppCDS archive on Java 17, an AOT cache on Java 25, each
 * made by the first successful run of a store command and mapped by the runs after it; no cache,
 * and the same output, where the cache directory cannot be written. A local OCI layout store stands
 * in for a registry: the cache is about the JVM, not the store.
 */
class LauncherCacheIT {
  private static final byte[] CONTENT = Blobs.text("cached start-up\n");
  private static final String SHARED = "source: shared objects file";

  @TempDir Path dir;

  @Test
  void java17MakesAnAppCdsArchiveOnTheFirstSuccessfulRunAndMapsItAfter() throws IOException {
    Path cache = dir.resolve("cache");
    CliProcess jdxf =
        store()
            .with("JDXF_JAVA", Launcher.java17().toString())
            .with("JDXF_CACHE_DIR", cache.toString());

    jdxf.run("blob-size", "repo", Blobs.sha256(CONTENT)); // fails: no archive from a failure
    assertEquals(List.of(), Launcher.files(cache, ".jsa"));

    pushAndCheckOutput(jdxf);
    assertEquals(1, Launcher.files(cache, ".jsa").size(), "one archive");
    assertEquals(List.of(), Launcher.files(cache, ".aot"));
    assertMappedRunUsesTheCache(jdxf);
  }

  @Test
  void java25MakesAnAotCacheOnTheFirstSuccessfulRunAndMapsItAfter() throws IOException {
    Path cache = dir.resolve("cache");
    CliProcess jdxf =
        store()
            .with("JDXF_JAVA", Launcher.java25().toString())
            .with("JDXF_CACHE_DIR", cache.toString());

    jdxf.run("--help").ok();
    jdxf.run("blob-size", "repo", Blobs.sha256(CONTENT)); // fails: no training from a failure
    assertEquals(List.of(), Launcher.files(cache, ".aot"));

    pushAndCheckOutput(jdxf);
    assertEquals(1, Launcher.files(cache, ".aot").size(), "one AOT cache");
    assertEquals(List.of(), Launcher.files(cache, ".jsa"));
    assertEquals(List.of(), Launcher.files(cache, ".aotconf"), "the training leaves nothing");
    assertMappedRunUsesTheCache(jdxf);
  }

  @Test
  void onlyARunWithoutJvmFlagsOfTheUsersTrainsTheCache() throws IOException {
    Path cache = dir.resolve("cache");
    CliProcess jdxf = store().with("JDXF_CACHE_DIR", cache.toString());
    Path file = Blobs.write(dir, "blob", CONTENT);
    String digest = Blobs.sha256(CONTENT) + "\n";

    CliProcess.Result flags =
        jdxf.with("JDXF_JAVA_OPTS", "-Xss2m").run("push-blob", "repo", file.toString()).ok();
    assertEquals(digest, flags.out());
    CliProcess.Result tool =
        jdxf.with("JAVA_TOOL_OPTIONS", "-Xss2m").run("push-blob", "repo", file.toString());
    assertEquals(0, tool.status(), tool::toString);
    assertEquals(digest, tool.out());
    assertEquals(List.of(), Launcher.files(cache, ".aot"), "no cache from runs with flags");

    pushAndCheckOutput(jdxf);
    assertEquals(1, Launcher.files(cache, ".aot").size(), "a cache from a plain run");
  }

  @Test
  void anUnwritableCacheDirectoryMeansNoCacheAndTheSameOutput() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    String cache = file.resolve("jdxf").toString();
    for (CliProcess jdxf :
        List.of(
            store().with("JDXF_CACHE_DIR", cache).with("JDXF_JAVA", Launcher.java17().toString()),
            store()
                .with("JDXF_CACHE_DIR", cache)
                .with("JDXF_JAVA", Launcher.java25().toString()))) {
      pushAndCheckOutput(jdxf);
      pushAndCheckOutput(jdxf);
    }
    assertEquals("x", Files.readString(file));
  }

  private CliProcess store() {
    return CliProcess.bare().with("DXF_HOST", "oci:" + dir.resolve("store"));
  }

  private void pushAndCheckOutput(CliProcess jdxf) {
    Path file = Blobs.write(dir, "blob", CONTENT);
    String digest = Blobs.sha256(CONTENT);
    assertEquals(digest + "\n", jdxf.run("push-blob", "repo", file.toString()).ok().out());
    assertEquals(CONTENT.length + "\n", jdxf.run("blob-size", "repo", digest).ok().out());
  }

  /**
   * A run after the cache is made gives the same output and takes its classes from the cache: the
   * command's, Vert.x's, and Dagger's factories (which implement javax.inject.Provider: the CLI jar
   * carries a copy compiled for Java 17, as a Java 25 AOT cache keeps no class implementing the
   * original's Java 5 class file).
   */
  private void assertMappedRunUsesTheCache(CliProcess jdxf) throws IOException {
    Path log = dir.resolve("classes.log");
    CliProcess.Result r =
        jdxf.with("JDXF_JAVA_OPTS", "-Xlog:class+load=info:file=" + log)
            .run("blob-size", "repo", Blobs.sha256(CONTENT))
            .ok();
    assertEquals(CONTENT.length + "\n", r.out());
    String classes = Files.readString(log);
    for (String name :
        List.of(
            "dev.jdxf.app.cli.Main",
            "io.vertx.core.Vertx",
            "javax.inject.Provider",
            "dev.jdxf.app.cli.StoreModule_BlobSizeFactory")) {
      assertTrue(classes.contains(name + " " + SHARED), name + " from the cache");
    }
  }
}
