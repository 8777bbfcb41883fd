package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and wrong arguments: dxf's words and exit statuses, no store needed. */
class CliUsageIT {
  static final List<String> COMMANDS =
      List.of(
          "auth",
          "push-blob",
          "pull-blob",
          "blob-size",
          "mount-blob",
          "del-blob",
          "set-alias",
          "get-alias",
          "del-alias",
          "get-digest",
          "get-manifest",
          "list-aliases",
          "list-repos");

  private static final String DIGEST =
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private final CliProcess jdxf = CliProcess.bare();

  static List<String> commands() {
    return COMMANDS;
  }

  @Test
  void helpListsEveryCommandOnStdout() {
    CliProcess.Result r = jdxf.run("--help").ok();
    for (String command : COMMANDS) {
      assertTrue(r.out().contains("\n  " + command + " "), command + " in " + r.out());
    }
    assertTrue(r.out().contains("DXF_HOST"), r.out());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasHelpWithExamples(String command) {
    CliProcess.Result r = jdxf.run(command, "--help").ok();
    assertTrue(r.out().contains("Usage: jdxf " + command), r.out());
    assertTrue(r.out().contains("Examples:\n  jdxf " + command), r.out());
    assertTrue(r.out().endsWith("\n"), r.out());
  }

  /** docs/cli.md shows every usage line and every example that --help shows. */
  @ParameterizedTest
  @MethodSource("commands")
  void theReferenceIsInStepWithHelp(String command) throws IOException {
    String docs = Files.readString(Path.of(System.getProperty("jdxf.cli.docs", "../docs/cli.md")));
    String help = jdxf.run(command, "--help").ok().out();
    assertTrue(docs.contains("\n### " + command + "\n"), command);
    assertTrue(docs.contains("\n    " + UsageLines.of(command) + "\n"), command + " usage line");
    assertTrue(help.contains("Usage: " + UsageLines.of(command) + "\n"), help);
    String examples = help.substring(help.indexOf("Examples:\n") + "Examples:\n".length());
    for (String example : examples.strip().split("\n")) {
      assertTrue(docs.contains("\n    " + example.strip() + "\n"), "docs lack: " + example);
    }
  }

  @Test
  void versionIsOneLine() {
    CliProcess.Result r = jdxf.run("--version").ok();
    assertTrue(r.out().matches("jdxf [0-9][^\\s]*\n"), r.out());
    assertEquals(r.out(), jdxf.run("-V").ok().out());
    assertEquals(r.out(), jdxf.run("--debug", "--version").ok().out());
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliProcess.Result r = jdxf.run("bogus", "repo");
    assertEquals(2, r.status(), r::toString);
    assertEquals("", r.out());
    assertEquals(
        "Usage: jdxf [-hV] [--debug] COMMAND\njdxf: unknown command 'bogus'\n", r.stderr());
  }

  @Test
  void noCommandIsTooFewArguments() {
    CliProcess.Result r = jdxf.run();
    assertEquals(2, r.status(), r::toString);
    assertTrue(r.stderr().endsWith("jdxf: too few arguments\n"), r.stderr());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "auth",
        "push-blob",
        "push-blob repo",
        "pull-blob",
        "blob-size",
        "mount-blob repo other",
        "del-blob",
        "set-alias repo alias",
        "get-alias",
        "del-alias repo",
        "get-digest",
        "get-manifest repo",
        "list-aliases"
      })
  void tooFewArguments(String line) {
    String[] args = line.split(" ");
    CliProcess.Result r = jdxf.run(args);
    assertEquals(2, r.status(), r::toString);
    assertEquals("", r.out());
    assertEquals(usage(args[0]) + "jdxf: too few arguments\n", r.stderr());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "push-blob repo file @alias extra",
        "mount-blob repo other " + DIGEST + " @alias extra",
        "list-aliases repo extra",
        "list-repos extra"
      })
  void tooManyArguments(String line) {
    String[] args = line.split(" ");
    CliProcess.Result r = jdxf.run(args);
    assertEquals(2, r.status(), r::toString);
    assertEquals(usage(args[0]) + "jdxf: too many arguments\n", r.stderr());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"push-blob repo file alias", "mount-blob repo other " + DIGEST + " alias"})
  void anAliasWithoutAtIsInvalid(String line) {
    String[] args = line.split(" ");
    CliProcess.Result r = jdxf.run(args);
    assertEquals(2, r.status(), r::toString);
    assertEquals(usage(args[0]) + "jdxf: invalid alias\n", r.stderr());
  }

  @Test
  void malformedDigestAndRepositoryAreUsageErrors() {
    CliProcess.Result digest = jdxf.run("blob-size", "repo", "sha256:xyz");
    assertEquals(2, digest.status(), digest::toString);
    assertTrue(digest.stderr().contains("jdxf: invalid digest 'sha256:xyz'"), digest.stderr());
    CliProcess.Result repo = jdxf.run("list-aliases", "Not/Valid");
    assertEquals(2, repo.status(), repo::toString);
    assertTrue(repo.stderr().contains("jdxf: invalid repository name 'Not/Valid'"), repo.stderr());
  }

  @Test
  void unsetHostSaysHowToNameAStore() {
    CliProcess.Result r = jdxf.run("list-repos");
    assertEquals(1, r.status(), r::toString);
    assertEquals("", r.out());
    assertEquals(
        "jdxf: DXF_HOST is not set: name a registry (DXF_HOST=registry.example.com:5000) or a"
            + " local store (DXF_HOST=oci:PATH)\n",
        r.stderr());
  }

  @Test
  void argumentsAreCheckedBeforeTheStore() {
    CliProcess.Result r = jdxf.run("push-blob", "repo");
    assertEquals(2, r.status(), r::toString);
    assertFalse(r.stderr().contains("DXF_HOST"), r.stderr());
  }

  @Test
  void stackTracesOnlyWhenAskedFor() {
    CliProcess.Result quiet = jdxf.run("list-repos");
    assertFalse(quiet.stderr().contains("\tat "), quiet.stderr());
    CliProcess.Result option = jdxf.run("--debug", "list-repos");
    assertEquals(1, option.status());
    assertTrue(option.stderr().startsWith("jdxf: DXF_HOST is not set"), option.stderr());
    assertTrue(option.stderr().contains("\tat dev.jdxf."), option.stderr());
    CliProcess.Result afterCommand = jdxf.run("list-repos", "--debug");
    assertTrue(afterCommand.stderr().contains("\tat dev.jdxf."), afterCommand.stderr());
    CliProcess.Result env = jdxf.with("JDXF_DEBUG", "1").run("list-repos");
    assertTrue(env.stderr().contains("\tat dev.jdxf."), env.stderr());
  }

  @Test
  void badEnvironmentValuesAreOneLineErrors() {
    CliProcess.Result chunk =
        jdxf.with("DXF_HOST", "oci:/nonexistent")
            .with("DXF_CHUNK_SIZE", "lots")
            .run("pull-blob", "repo", DIGEST);
    assertEquals(1, chunk.status(), chunk::toString);
    assertEquals(
        "jdxf: DXF_CHUNK_SIZE must be a positive number of bytes, got 'lots'\n", chunk.stderr());
    CliProcess.Result platform =
        jdxf.with("DXF_HOST", "oci:/nonexistent")
            .with("DXF_PLATFORM", "linux")
            .run("get-alias", "repo", "alias");
    assertEquals(1, platform.status(), platform::toString);
    assertTrue(platform.stderr().startsWith("jdxf: DXF_PLATFORM: invalid platform 'linux'"));
  }

  /**
   * Help, version and wrong arguments never start Vert.x or Netty: none of their classes is
   * initialised. (With Java 25's AOT cache the JVM loads every cached class as it starts, so it is
   * initialisation that tells whether they are used.) On a Java 17 and on the Java 25 the launcher
   * picks, whose cache a store command has trained.
   */
  @Test
  void vertxStaysUninitialisedWhenNoStoreIsNeeded(@TempDir Path dir) throws IOException {
    Path store = dir.resolve("store");
    Path blob = Blobs.write(dir, "blob", new byte[] {1, 2, 3});
    CliProcess java17 = jdxf.with("JDXF_JAVA", Launcher.java17().toString());
    CliProcess java25 = jdxf.with("JDXF_CACHE_DIR", dir.resolve("cache").toString());
    java25.with("DXF_HOST", "oci:" + store).run("push-blob", "repo", blob.toString()).ok();
    assertEquals(1, Launcher.caches(dir.resolve("cache"), ".aot").size(), "an AOT cache");
    assertEquals(1, Launcher.caches(dir.resolve("cache"), ".cli.aot").size(), "a help cache");
    for (CliProcess launcher : List.of(java17, java25)) {
      for (String[] args :
          List.of(
              new String[] {"--help"},
              new String[] {"--version"},
              new String[] {"pull-blob", "--help"},
              new String[] {"push-blob", "repo"},
              new String[] {"bogus"})) {
        Path log = Files.createTempFile(dir, "classes-" + args[0], ".log");
        CliProcess.Result r =
            launcher.with("JDXF_JAVA_OPTS", "-Xlog:class+init=info:file=" + log).run(args);
        assertTrue(r.status() == 0 || r.status() == 2, r::toString);
        String inits = Files.readString(log);
        String line = String.join(" ", args);
        assertTrue(inits.contains("Initializing 'dev/jdxf/app/cli/Main'"), "the log lists them");
        assertFalse(inits.contains("Initializing 'io/vertx/"), line + " started Vert.x");
        assertFalse(inits.contains("Initializing 'io/netty/"), line + " started Netty");
      }
    }
  }

  /**
   * Vert.x and Netty log through jdxf's own stderr loggers, so a store command never starts JDK
   * logging (its configuration and service lookups cost a short run about 10 ms), on either kind of
   * JVM; and a successful run leaves stderr empty.
   */
  @Test
  void storeCommandsNeverStartJdkLogging(@TempDir Path dir) throws IOException {
    Path blob = Blobs.write(dir, "blob", new byte[] {4, 5, 6});
    CliProcess store = jdxf.with("DXF_HOST", "oci:" + dir.resolve("store"));
    for (CliProcess launcher :
        List.of(store.with("JDXF_JAVA", Launcher.java17().toString()), store)) {
      Path log = Files.createTempFile(dir, "classes", ".log");
      CliProcess.Result r =
          launcher
              .with("JDXF_JAVA_OPTS", "-Xlog:class+init=info:file=" + log)
              .run("push-blob", "repo", blob.toString())
              .ok();
      assertEquals(Blobs.sha256(new byte[] {4, 5, 6}) + "\n", r.out());
      assertEquals("", r.stderr());
      String inits = Files.readString(log);
      assertTrue(inits.contains("Initializing 'io/vertx/core/impl/VertxImpl'"), "Vert.x ran");
      assertFalse(inits.contains("Initializing 'java/util/logging/LogManager'"), inits);
    }
  }

  static String usage(String command) {
    return "Usage: " + UsageLines.of(command) + "\n";
  }
}
