package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a forked JVM whose heap and direct memory are both
 * limited, for tests that memory does not grow with blob size. The main prints {@code key value}
 * lines; {@link #value} reads them back.
 */
public final class SmallHeapJvm {
  private SmallHeapJvm() {}

  /**
   * Runs {@code main} with {@code -Xmx<mebibytes>m -XX:MaxDirectMemorySize=<mebibytes>m}, output in
   * {@code output}; fails the test unless it exits 0 within 8 minutes. Returns its output lines.
   */
  public static List<String> run(Class<?> main, int mebibytes, Path output, String... args)
      throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Xmx" + mebibytes + "m");
    command.add("-XX:MaxDirectMemorySize=" + mebibytes + "m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean finished = process.waitFor(8, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    assertTrue(finished, "did not finish in time:\n" + text);
    assertEquals(0, process.exitValue(), text);
    List<String> lines = text.lines().toList();
    String heap = value(lines, "heap max ");
    assertTrue(
        heap.matches("[0-9]+") && Long.parseLong(heap) <= mebibytes * 1024L * 1024,
        "the main must print its heap max (at most the limit):\n" + text);
    return lines;
  }

  /** The rest of the first line starting with {@code prefix}, or {@code <missing …>}. */
  public static String value(List<String> lines, String prefix) {
    return lines.stream()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()))
        .findFirst()
        .orElse("<missing " + prefix.strip() + ">");
  }
}
