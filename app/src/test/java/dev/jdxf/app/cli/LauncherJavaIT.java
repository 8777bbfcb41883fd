package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which JVM {@code bin/jdxf} starts, and which cache it names: a Java 25 or later when one is
 * installed (for its AOT cache), even where {@code JAVA_HOME} is an older one; {@code JDXF_JAVA}
 * above all. A cache per JDK and distribution path, for its latest build.
 */
class LauncherJavaIT {
  private static final Pattern SPEC = Pattern.compile("java\\.specification\\.version = (\\d+)");
  private static final String SHOW = "-XshowSettings:properties";

  @TempDir Path dir;

  @Test
  void aJava25IsPickedOverAnOlderJavaHome() {
    Path home17 = Launcher.home(Launcher.java17());
    int major = majorOf(CliProcess.bare().with("JAVA_HOME", home17.toString()));
    assertTrue(major >= 25, "picked Java " + major);
    assertTrue(majorOf(CliProcess.bare().with("JAVA_HOME", "")) >= 25, "without JAVA_HOME");
  }

  @Test
  void jdxfJavaIsAlwaysTheOneStarted() {
    CliProcess jdxf = CliProcess.bare().with("JDXF_JAVA", Launcher.java17().toString());
    assertEquals(17, majorOf(jdxf.with("JAVA_HOME", Launcher.home(Launcher.java25()).toString())));
  }

  @Test
  void aLinkToTheLauncherIsFollowedHoweverItIsNamed() throws IOException, InterruptedException {
    Path links = Files.createDirectories(dir.resolve("links"));
    Files.createSymbolicLink(
        links.resolve("jdxf"), CliProcess.DIST.resolve("bin/jdxf").toAbsolutePath());
    Files.createSymbolicLink(links.resolve("relative"), Path.of("jdxf"));
    for (List<String> command :
        List.of(
            List.of("sh", "jdxf", "--version"),
            List.of("sh", "relative", "--version"),
            List.of("./relative", "--version"),
            List.of(links.resolve("relative").toString(), "--version"))) {
      Process p =
          new ProcessBuilder(command)
              .directory(links.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), command + ": " + out);
      assertTrue(out.startsWith("jdxf "), command + ": " + out);
    }
  }

  @Test
  void aRebuiltDistributionReplacesItsAotCacheAndAMovedOneGetsItsOwn() throws IOException {
    rebuiltAndMoved(CliProcess.bare(), ".aot");
  }

  @Test
  void aRebuiltDistributionReplacesItsAppCdsArchiveAndAMovedOneGetsItsOwn() throws IOException {
    rebuiltAndMoved(CliProcess.bare().with("JDXF_JAVA", Launcher.java17().toString()), ".jsa");
  }

  /**
   * A copy's cache; made again once the jar is newer than it; the same copy rebuilt (another
   * lib/jdxf.build): a new cache in place of the first; another copy: a cache of its own beside it.
   */
  private void rebuiltAndMoved(CliProcess launcher, String suffix) throws IOException {
    Path a = copyDistribution(dir.resolve("a"));
    Path cache = dir.resolve("cache");
    CliProcess jdxf = launcher.with("JDXF_CACHE_DIR", cache.toString());
    Path blob = Blobs.write(dir, "blob", Blobs.text("moved\n"));

    pushTwice(jdxf.of(a), blob);
    List<Path> first = Launcher.caches(cache, suffix);
    assertEquals(1, first.size(), "the first copy's cache");
    assertHelpCachesBeside(cache, suffix);

    // a jar newer than its cache (the JVM would refuse the cache): the cache is made again
    FileTime jarTime = Files.getLastModifiedTime(jarOf(a));
    Files.setLastModifiedTime(first.get(0), FileTime.fromMillis(jarTime.toMillis() - 60_000));
    pushTwice(jdxf.of(a), blob);
    assertEquals(first, Launcher.caches(cache, suffix), "the same cache, made again");
    assertHelpCachesBeside(cache, suffix);
    assertTrue(
        Files.getLastModifiedTime(first.get(0)).compareTo(jarTime) > 0, "newer than the jar now");

    Files.writeString(a.resolve("lib/jdxf.build"), "rebuilt\n");
    pushTwice(jdxf.of(a), blob);
    List<Path> rebuilt = Launcher.caches(cache, suffix);
    assertEquals(1, rebuilt.size(), "the rebuilt copy's cache replaces the first: " + rebuilt);
    assertTrue(!rebuilt.equals(first), "a cache of the new build");
    assertHelpCachesBeside(cache, suffix);

    Path b = copyDistribution(dir.resolve("b"));
    pushTwice(jdxf.of(b), blob);
    assertEquals(2, Launcher.caches(cache, suffix).size(), "a cache for the moved copy");
    assertTrue(Launcher.caches(cache, suffix).containsAll(rebuilt), "beside the other copy's");
    assertHelpCachesBeside(cache, suffix);
  }

  /** On Java 25+, each store cache has its help cache beside it (made with it), and no other. */
  private static void assertHelpCachesBeside(Path cache, String suffix) {
    if (!suffix.equals(".aot")) {
      return;
    }
    List<Path> expected =
        Launcher.caches(cache, ".aot").stream()
            .map(
                p ->
                    p.resolveSibling(
                        p.getFileName().toString().replace(".push-blob.aot", ".cli.aot")))
            .toList();
    assertEquals(expected, Launcher.caches(cache, ".cli.aot"), "the help caches");
  }

  /** The first run trains the cache, the second maps it: one cache either way. */
  private void pushTwice(CliProcess jdxf, Path blob) {
    CliProcess store = jdxf.with("DXF_HOST", "oci:" + dir.resolve("store"));
    for (int i = 0; i < 2; i++) {
      assertEquals(
          Blobs.sha256(Blobs.text("moved\n")) + "\n",
          store.run("push-blob", "repo", blob.toString()).ok().out());
    }
  }

  private static int majorOf(CliProcess jdxf) {
    CliProcess.Result r = jdxf.with("JDXF_JAVA_OPTS", SHOW).run("--version");
    assertEquals(0, r.status(), r::toString);
    Matcher m = SPEC.matcher(r.stderr());
    assertTrue(m.find(), r::toString);
    return Integer.parseInt(m.group(1));
  }

  private static Path jarOf(Path dist) throws IOException {
    try (Stream<Path> jars = Files.list(dist.resolve("lib"))) {
      return jars.filter(f -> f.getFileName().toString().endsWith(".jar"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no jar in " + dist));
    }
  }

  private static Path copyDistribution(Path target) throws IOException {
    for (String sub : List.of("bin", "lib")) {
      Path from = CliProcess.DIST.resolve(sub);
      Files.createDirectories(target.resolve(sub));
      try (Stream<Path> files = Files.list(from)) {
        for (Path f : files.toList()) {
          Files.copy(
              f,
              target.resolve(sub).resolve(f.getFileName().toString()),
              StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return target;
  }
}
