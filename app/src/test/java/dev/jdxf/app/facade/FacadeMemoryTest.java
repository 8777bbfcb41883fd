package dev.jdxf.app.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.RegistryExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with blob size through the whole stack: a 512 MiB file pushed and pulled
 * through the facade (file reads, upload, download, verification on the hashing executor, file
 * writes) in a JVM limited to 64 MiB of heap and 64 MiB of direct memory.
 */
class FacadeMemoryTest {
  private static final long SIZE = 512L * 1024 * 1024;

  @RegisterExtension static final RegistryExtension REGISTRY = RegistryExtension.plain();

  @TempDir Path dir;

  @Test
  void pushAndPullAFileWithASmallHeap() throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path output = dir.resolve("out.txt");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx64m",
                "-XX:MaxDirectMemorySize=64m",
                "-cp",
                System.getProperty("java.class.path"),
                FacadeMemoryMain.class.getName(),
                REGISTRY.host(),
                Long.toString(SIZE),
                dir.toString())
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
    String pushed = value(lines, "pushed ");
    assertTrue(pushed.startsWith("sha256:"), text);
    // the pulled blob's digest and size, then the size of the file it was written to
    assertEquals(pushed + " " + SIZE + " " + SIZE, value(lines, "pulled "), text);
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
