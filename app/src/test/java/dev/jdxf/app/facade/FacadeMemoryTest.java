package dev.jdxf.app.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.SmallHeapJvm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with blob size through the whole stack: a 512 MiB file pushed and pulled
 * through the facade (file reads, upload, download, verification on the hashing executor, file
 * writes through an AsyncFile and into a path) in a JVM limited to 64 MiB of heap and 64 MiB of
 * direct memory.
 */
class FacadeMemoryTest {
  private static final long SIZE = 512L * 1024 * 1024;

  @RegisterExtension static final RegistryExtension REGISTRY = RegistryExtension.plain();

  @TempDir Path dir;

  @Test
  void pushAndPullAFileWithASmallHeap() throws Exception {
    List<String> lines =
        SmallHeapJvm.run(
            FacadeMemoryMain.class,
            64,
            dir.resolve("out.txt"),
            REGISTRY.host(),
            Long.toString(SIZE),
            dir.toString());
    String pushed = SmallHeapJvm.value(lines, "pushed ");
    assertTrue(pushed.startsWith("sha256:"), String.join("\n", lines));
    // the pulled blob's digest and size, then the size of the file it was written to
    assertEquals(
        pushed + " " + SIZE + " " + SIZE,
        SmallHeapJvm.value(lines, "pulled "),
        String.join("\n", lines));
    assertEquals(
        pushed + " " + SIZE + " " + SIZE,
        SmallHeapJvm.value(lines, "pulled into a path "),
        String.join("\n", lines));
  }
}
