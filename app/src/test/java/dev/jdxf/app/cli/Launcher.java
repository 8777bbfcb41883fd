package dev.jdxf.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What the tests of {@code bin/jdxf}'s class-data cache need: JDKs, the cache's files. */
final class Launcher {
  private static final Path JVMS = Path.of("/usr/lib/jvm");

  private Launcher() {}

  /**
   * The {@code bin/java} of a JDK 25 or later under {@code /usr/lib/jvm} (the CI machines have one
   * next to the Java 17 that builds), found by the {@code JAVA_VERSION} of its release file.
   */
  static Path java25() {
    return java(25, Integer.MAX_VALUE);
  }

  /** The {@code bin/java} of a JDK 17 to 24 under {@code /usr/lib/jvm}: AppCDS, not AOT. */
  static Path java17() {
    return java(17, 24);
  }

  /** The home of a JDK, from its {@code bin/java}. */
  static Path home(Path java) {
    return java.resolveSibling("..").normalize();
  }

  private static Path java(int from, int to) {
    try (Stream<Path> jdks = Files.list(JVMS)) {
      return jdks.filter(
              jdk -> {
                int major = major(jdk.resolve("release")).orElse(0);
                return major >= from && major <= to;
              })
          .map(jdk -> jdk.resolve("bin/java"))
          .filter(Files::isExecutable)
          .sorted()
          .findFirst()
          .orElseThrow(() -> new AssertionError("these tests need a JDK " + from + "+ in " + JVMS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Integer> major(Path release) {
    try (Stream<String> lines = Files.lines(release)) {
      return lines
          .filter(l -> l.startsWith("JAVA_VERSION=\""))
          .map(l -> l.substring("JAVA_VERSION=\"".length()).split("[^0-9]", 2)[0])
          .filter(v -> !v.isEmpty())
          .map(Integer::valueOf)
          .findFirst();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /**
   * The caches directly in {@code dir} whose names end with {@code suffix}: {@code .jsa}, {@code
   * .aot} (the Java 25+ store caches, one per command, {@code .COMMAND.aot}; never the help cache,
   * {@code .cli.aot}), {@code .push-blob.aot} (one command's) or {@code .cli.aot}.
   */
  static List<Path> caches(Path dir, String suffix) {
    return files(dir, suffix).stream()
        .filter(f -> !f.getFileName().toString().endsWith(".cli" + suffix))
        .toList();
  }

  /** The files directly in {@code dir} whose names end with {@code suffix}. */
  static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
