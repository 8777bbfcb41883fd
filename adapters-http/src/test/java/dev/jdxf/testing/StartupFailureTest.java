package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up failures carry the registry's log; nothing is left running. */
class StartupFailureTest {
  @TempDir Path dir;

  @Test
  void aRegistryThatExitsFailsWithItsLog() throws Exception {
    Path fake = script("fake-registry", "echo \"configuration error: $1 $2\"; exit 3");
    RegistryConfig config = RegistryConfig.builder(RegistryMode.PLAIN).binary(fake).build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> RegistryServer.start(config));
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("exited with status 3 before answering /v2/"), message);
    assertTrue(message.contains("configuration error: serve /"), message);
    assertTrue(message.contains("config.yml"), message);
  }

  @Test
  void aRegistryThatNeverAnswersTimesOutAndIsKilled() throws Exception {
    Path pidFile = dir.resolve("pid");
    Path fake = script("silent-registry", "echo $$ > " + pidFile + "; exec sleep 60");
    RegistryConfig config =
        RegistryConfig.builder(RegistryMode.PLAIN)
            .binary(fake)
            .startupTimeout(Duration.ofSeconds(1))
            .build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> RegistryServer.start(config));
    assertTrue(
        String.valueOf(e.getMessage()).contains("did not answer /v2/ on 127.0.0.1:"),
        e.getMessage());
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    assertFalse(
        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
        "the silent registry was killed");
  }

  private Path script(String name, String body) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, List.of("#!/bin/sh", body));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }
}
