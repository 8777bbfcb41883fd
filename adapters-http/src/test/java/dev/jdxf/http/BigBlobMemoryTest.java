package dev.jdxf.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.RegistryExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A 512 MiB blob goes up and comes back through a JVM whose heap is 64 MiB. */
class BigBlobMemoryTest {
  private static final long SIZE = 512L * 1024 * 1024;

  @RegisterExtension static final RegistryExtension REGISTRY = RegistryExtension.plain();

  @TempDir Path dir;

  @Test
  void pushAndPullWithASmallHeap() throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path output = dir.resolve("out.txt");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx64m",
                "-XX:MaxDirectMemorySize=64m",
                "-cp",
                System.getProperty("java.class.path"),
                MemoryMain.class.getName(),
                REGISTRY.host(),
                Long.toString(SIZE))
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
    String expected = value(lines, "expected ");
    assertTrue(expected.endsWith(" " + SIZE), text);
    assertEquals(expected, value(lines, "pushed "), text);
    assertEquals(expected, value(lines, "pulled "), text);
    assertTrue(Long.parseLong(value(lines, "heap max ")) <= 64L * 1024 * 1024, text);
  }

  private static String value(List<String> lines, String prefix) {
    return lines.stream()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()))
        .findFirst()
        .orElse("<missing " + prefix.strip() + ">");
  }
}
