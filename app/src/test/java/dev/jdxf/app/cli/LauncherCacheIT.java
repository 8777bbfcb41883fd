package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/jdxf}'s class-data cache: an AppCDS archive on Java 17 (one, from every store
 * command's first successful run), AOT caches on Java 25 (one for each store command, made by its
 * first successful run, and one for help), mapped by the runs after them; no cache, and the same
 * output, where the cache directory cannot be written. A local OCI layout store stands in for a
 * registry: the cache is about the JVM, not the store.
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
    assertEquals(List.of(), Launcher.caches(cache, ".jsa"));

    pushAndCheckOutput(jdxf);
    assertEquals(1, Launcher.caches(cache, ".jsa").size(), "one archive");
    assertEquals(List.of(), Launcher.caches(cache, ".aot"));
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
    assertEquals(List.of(), Launcher.files(cache, ".aot"), "no cache of either kind");

    pushAndCheckOutput(jdxf);
    assertEquals(1, Launcher.caches(cache, ".push-blob.aot").size(), "a cache for push-blob");
    assertEquals(1, Launcher.caches(cache, ".blob-size.aot").size(), "one for blob-size");
    assertEquals(2, Launcher.caches(cache, ".aot").size(), "and no other store cache");
    assertEquals(1, Launcher.caches(cache, ".cli.aot").size(), "and one for help and version");
    assertEquals(List.of(), Launcher.caches(cache, ".jsa"));
    assertEquals(List.of(), Launcher.files(cache, ".aotconf"), "the training leaves nothing");
    assertMappedRunUsesTheCache(jdxf);

    // the help cache alone gone (deleted, or its assembly failed): a store command's run makes it
    // again, and leaves that command's cache as it was
    Path store = Launcher.caches(cache, ".blob-size.aot").get(0);
    FileTime made = Files.getLastModifiedTime(store);
    Files.delete(Launcher.caches(cache, ".cli.aot").get(0));
    assertEquals(
        CONTENT.length + "\n", jdxf.run("blob-size", "repo", Blobs.sha256(CONTENT)).ok().out());
    assertEquals(1, Launcher.caches(cache, ".cli.aot").size(), "the help cache, made again");
    assertEquals(made, Files.getLastModifiedTime(store), "the store commands' cache untouched");
    assertEquals(List.of(), Launcher.files(cache, ".aotconf"), "nothing left behind");

    // the one store cache of an earlier build (before each command had its own) goes once this
    // build makes a cache
    String name = store.getFileName().toString();
    String tail =
        name.substring(name.indexOf('-', "jdxf-".length()), name.indexOf(".blob-size.aot"));
    Path legacy = Files.writeString(cache.resolve("jdxf-0123abcd" + tail + ".aot"), "old");
    CliProcess.Result listed = jdxf.run("list-aliases", "repo");
    assertEquals(0, listed.status(), listed::toString);
    assertEquals(1, Launcher.caches(cache, ".list-aliases.aot").size(), "list-aliases' cache");
    assertFalse(Files.exists(legacy), "the earlier build's single cache removed");
    assertEquals(
        3, Launcher.caches(cache, ".aot").size(), Launcher.caches(cache, ".aot")::toString);
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
    assertEquals(1, Launcher.caches(cache, ".push-blob.aot").size(), "a cache from a plain run");
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

  /**
   * The CLI jar's picocli is compiled for Java 17 from picocli's sources (app/pom.xml): class file
   * version 61, with the stack maps that let either cache keep it verified.
   */
  @Test
  void theCliJarsPicocliIsJava17ClassFiles() throws IOException {
    try (Stream<Path> jars = Files.list(CliProcess.DIST.resolve("lib"))) {
      Path jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
      try (JarFile classes = new JarFile(jar.toFile())) {
        for (String name : List.of("picocli/CommandLine.class", "picocli/CommandLine$Help.class")) {
          JarEntry entry = classes.getJarEntry(name);
          assertNotNull(entry, name);
          try (InputStream in = classes.getInputStream(entry)) {
            byte[] header = in.readNBytes(8);
            assertEquals(61, ((header[6] & 0xff) << 8) | (header[7] & 0xff), name);
          }
        }
      }
    }
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
   * original's Java 5 class file); and a help text's classes, although no training run printed one.
   */
  private void assertMappedRunUsesTheCache(CliProcess jdxf) throws IOException {
    Path log = Files.createTempFile(dir, "classes", ".log");
    CliProcess.Result r =
        runFromTheCache(
            jdxf,
            log,
            List.of("blob-size", "repo", Blobs.sha256(CONTENT)),
            "dev.jdxf.app.cli.Main",
            "io.vertx.core.Vertx",
            "javax.inject.Provider",
            "dev.jdxf.app.cli.StoreModule_BlobSizeFactory");
    assertEquals(CONTENT.length + "\n", r.out());
    // nor did the JVM load picocli's help as it started: a Java 25 AOT cache's classes are all
    // loaded at start-up, so a store command's cache holds none of the help's; nor, on either
    // JVM, push-blob's command and hashing (Java 25: each store command has its own cache)
    String loaded = Files.readString(log);
    assertFalse(loaded.contains("picocli.CommandLine$Help "), "help not loaded");
    assertFalse(loaded.contains("dev.jdxf.cli.PushBlobCommand "), "push-blob's command loaded");
    assertFalse(loaded.contains("sun.security.provider.SHA2$SHA256 "), "SHA-256 loaded");

    // a training also rehearsed the paths that reach no store: help comes from a cache too,
    // picocli's classes included (the CLI jar's picocli is compiled for Java 17: the original's
    // Java 5 class files are not archived by Java 17, and verified on every run by Java 25)
    CliProcess.Result help =
        runFromTheCache(
            jdxf,
            Files.createTempFile(dir, "classes", ".log"),
            List.of("get-alias", "--help"),
            "picocli.CommandLine",
            "picocli.CommandLine$Help",
            "picocli.CommandLine$Model$CommandSpec",
            "dev.jdxf.cli.GetAliasCommand");
    assertTrue(help.out().contains("Usage: jdxf get-alias"), help::toString);
  }

  /**
   * Runs {@code args} successfully, its class loading logged to {@code log}, asserting that the JVM
   * took {@code classes} from the cache.
   */
  private CliProcess.Result runFromTheCache(
      CliProcess jdxf, Path log, List<String> args, String... classes) throws IOException {
    CliProcess.Result r =
        jdxf.with("JDXF_JAVA_OPTS", "-Xlog:class+load=info:file=" + log)
            .run(args.toArray(new String[0]))
            .ok();
    String loaded = Files.readString(log);
    for (String name : classes) {
      assertTrue(loaded.contains(name + " " + SHARED), name + " from the cache");
    }
    return r;
  }
}
