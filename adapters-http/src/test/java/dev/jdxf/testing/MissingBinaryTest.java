package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingBinaryTest {
  @TempDir Path dir;

  @Test
  void aBogusBinaryFailsWithTheOneLineInstallHint() {
    RegistryConfig config =
        RegistryConfig.builder(RegistryMode.PLAIN)
            .binary(dir.resolve("no-such/docker-registry"))
            .build();
    MissingToolException e =
        assertThrows(MissingToolException.class, () -> RegistryServer.start(config));
    assertEquals(
        "docker-registry not found: install it with 'apt-get install -y docker-registry'"
            + " (Debian package of the CNCF distribution registry)",
        e.getMessage());
    assertFalse(String.valueOf(e.getMessage()).contains("\n"));
    assertEquals(0, e.getStackTrace().length, "no stack trace to clutter the report");
  }

  @Test
  void aNonExecutableFileIsMissingToo() throws Exception {
    Path notExecutable = java.nio.file.Files.createFile(dir.resolve("docker-registry"));
    RegistryConfig config =
        RegistryConfig.builder(RegistryMode.TOKEN_TLS).binary(notExecutable).build();
    MissingToolException e =
        assertThrows(MissingToolException.class, () -> RegistryServer.start(config));
    assertEquals(MissingToolException.DOCKER_REGISTRY, e.getMessage());
  }

  @Test
  void lookupTriesUsrBinThenThePath() {
    assertEquals(
        List.of(Path.of("/usr/bin/x"), Path.of("/opt/a/x"), Path.of("/opt/b/x")),
        Tools.candidates("x", "/opt/a::/opt/b"));
    assertEquals(List.of(Path.of("/usr/bin/x")), Tools.candidates("x", null));
    assertTrue(Tools.firstExecutable(List.of(dir.resolve("nothing-here"))).isEmpty());
  }

  @Test
  void theInstalledRegistryIsFound() {
    assertTrue(Tools.dockerRegistry().getFileName().toString().equals("docker-registry"));
  }

  @Test
  void skopeoHasAnInstallHintToo() {
    assertEquals(
        "skopeo not found: install it with 'apt-get install -y skopeo'",
        MissingToolException.SKOPEO);
  }
}
