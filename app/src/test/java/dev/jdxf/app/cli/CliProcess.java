package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jdxf.testing.RegistryExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code bin/jdxf} as a subprocess with exactly the {@code DXF_*} variables a
 * test gives (none inherited), and captures its exit status, stdout bytes and stderr text. All runs
 * share one class-data cache directory, so the archive is written once.
 */
final class CliProcess {
  static final Path DIST = Path.of(System.getProperty("jdxf.dist", "target/jdxf"));
  private static final Path CACHE = DIST.resolveSibling("jdxf-it-cache");
  private static final long TIMEOUT_SECONDS = 180;

  /** What one run did. */
  record Result(int status, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Fails with the whole result when the run did not succeed with an empty stderr. */
    Result ok() {
      assertEquals(0, status, () -> "exit status; " + this);
      assertEquals("", stderr, () -> "stderr; " + this);
      return this;
    }

    @Override
    public String toString() {
      String text = out();
      return "status="
          + status
          + " stdout="
          + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text)
          + " stderr="
          + stderr;
    }
  }

  private final Path launcher;
  private final Map<String, String> env;

  private CliProcess(Path launcher, Map<String, String> env) {
    this.launcher = launcher;
    this.env = Map.copyOf(env);
  }

  private CliProcess(Map<String, String> env) {
    this(DIST.resolve("bin/jdxf"), env);
  }

  /** No {@code DXF_*} variable at all. */
  static CliProcess bare() {
    return new CliProcess(Map.of());
  }

  /** The same variables, for the {@code bin/jdxf} of another copy of the distribution. */
  CliProcess of(Path dist) {
    return new CliProcess(dist.resolve("bin/jdxf"), env);
  }

  /** A registry of the harness, with what its mode needs: plain http, or credentials and its CA. */
  static CliProcess of(RegistryExtension registry) {
    Map<String, String> env = new HashMap<>();
    env.put("DXF_HOST", registry.host());
    if (registry.isTls()) {
      env.put("DXF_TLSVERIFY", registry.caPemPath().toString());
      env.put("DXF_USERNAME", registry.username());
      env.put("DXF_PASSWORD", registry.password());
    } else {
      env.put("DXF_INSECURE", "1");
    }
    return new CliProcess(env);
  }

  CliProcess with(String name, String value) {
    Map<String, String> copy = new HashMap<>(env);
    copy.put(name, value);
    return new CliProcess(launcher, copy);
  }

  CliProcess without(String name) {
    Map<String, String> copy = new HashMap<>(env);
    copy.remove(name);
    return new CliProcess(launcher, copy);
  }

  Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  Result runWithInput(byte[] stdin, String... args) {
    try {
      Path dir = Files.createTempDirectory("jdxf-cli-run-");
      try {
        return runIn(dir, stdin, args);
      } finally {
        for (String f : List.of("in", "out", "err")) {
          Files.deleteIfExists(dir.resolve(f));
        }
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Result runIn(Path dir, byte[] stdin, String... args) throws IOException {
    Path in = Files.write(dir.resolve("in"), stdin);
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    List<String> command = new java.util.ArrayList<>();
    command.add(launcher.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> penv = pb.environment();
    penv.keySet().removeIf(k -> k.startsWith("DXF_") || k.startsWith("JDXF_"));
    penv.put("JDXF_CACHE_DIR", CACHE.toAbsolutePath().toString());
    penv.putAll(env);
    Process p = pb.start();
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(
            "jdxf " + String.join(" ", args) + " ran over " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    return new Result(
        p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
  }
}
