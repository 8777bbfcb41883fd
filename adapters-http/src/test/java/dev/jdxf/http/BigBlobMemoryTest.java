package dev.jdxf.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.SmallHeapJvm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A 512 MiB blob goes up and comes back through a JVM whose heap is 64 MiB. */
class BigBlobMemoryTest {
  private static final long SIZE = 512L * 1024 * 1024;

  @RegisterExtension static final RegistryExtension REGISTRY = RegistryExtension.plain();

  @TempDir Path dir;

  @Test
  void pushAndPullWithASmallHeap() throws Exception {
    List<String> lines =
        SmallHeapJvm.run(
            MemoryMain.class, 64, dir.resolve("out.txt"), REGISTRY.host(), Long.toString(SIZE));
    String expected = SmallHeapJvm.value(lines, "expected ");
    assertTrue(expected.endsWith(" " + SIZE), String.join("\n", lines));
    assertEquals(expected, SmallHeapJvm.value(lines, "pushed "), String.join("\n", lines));
    assertEquals(expected, SmallHeapJvm.value(lines, "pulled "), String.join("\n", lines));
  }
}
