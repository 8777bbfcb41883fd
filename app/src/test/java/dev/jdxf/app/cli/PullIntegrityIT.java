package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.RegistryExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What pull-blob does when the registry serves bytes that do not match the digest, and progress
 * bars on a real terminal.
 */
class PullIntegrityIT {
  @RegisterExtension static final RegistryExtension registry = RegistryExtension.plain();

  @TempDir Path dir;

  /**
   * The registry's storage is edited behind its back (same length, other bytes): the bytes reach
   * stdout as they stream (they cannot be taken back), then the command fails with one line.
   */
  @Test
  void aCorruptedBlobFailsAtItsEnd() throws IOException {
    byte[] content = Blobs.random(300_000, 41);
    Path file = Blobs.write(dir, "blob", content);
    CliProcess jdxf = CliProcess.of(registry);
    String digest = jdxf.run("push-blob", "integrity/corrupt", file.toString()).ok().out().strip();
    byte[] corrupted = content.clone();
    corrupted[150_000] ^= 0x55;
    Files.write(registry.blobDataFile(digest.substring("sha256:".length())), corrupted);

    CliProcess.Result r = jdxf.run("pull-blob", "integrity/corrupt", digest);
    assertEquals(1, r.status(), r::toString);
    assertArrayEquals(corrupted, r.stdout());
    assertTrue(r.stderr().startsWith("jdxf: "), r::toString);
    assertTrue(r.stderr().contains(digest), r::toString);
    assertEquals(1, r.stderr().lines().count(), r::toString);
  }

  /** Without DXF_PROGRESS, bars are drawn when stderr is a terminal (stdout may be a file). */
  @Test
  void barsOnATerminalByDefault() throws Exception {
    byte[] content = Blobs.random(2 * 1024 * 1024, 42);
    Path file = Blobs.write(dir, "blob", content);
    CliProcess jdxf = CliProcess.of(registry);
    String digest = jdxf.run("push-blob", "integrity/tty", file.toString()).ok().out().strip();

    Path out = dir.resolve("pulled");
    Path typescript = dir.resolve("typescript");
    String command =
        CliProcess.DIST.resolve("bin/jdxf").toAbsolutePath()
            + " pull-blob integrity/tty "
            + digest
            + " > "
            + out;
    ProcessBuilder pb =
        new ProcessBuilder(List.of("script", "-qec", command, typescript.toString()))
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("script-output").toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("DXF_") || k.startsWith("JDXF_"));
    pb.environment().put("DXF_HOST", registry.host());
    pb.environment().put("DXF_INSECURE", "1");
    pb.environment()
        .put("JDXF_CACHE_DIR", CliProcess.DIST.resolveSibling("jdxf-it-cache").toString());
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "script ran too long");
    assertEquals(0, p.exitValue(), () -> read(dir.resolve("script-output")));
    assertArrayEquals(content, Files.readAllBytes(out));
    String screen = read(typescript);
    String label = digest.substring(0, 8);
    assertTrue(screen.contains(label + "   0%"), screen);
    assertTrue(screen.contains(label + " 100%"), screen);
    assertTrue(screen.contains(" " + content.length + "/" + content.length + " "), screen);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
