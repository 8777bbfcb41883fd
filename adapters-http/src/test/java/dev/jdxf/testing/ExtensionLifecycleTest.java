package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs small example classes through the JUnit test kit to check the extension's lifecycle. */
class ExtensionLifecycleTest {
  @Test
  void aFailingTestPrintsTheRegistryLogToStderr() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    EngineExecutionResults results;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      results = run(ExtensionExamples.FailingExample.class);
    } finally {
      System.setErr(original);
    }
    results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
    String err = captured.toString(StandardCharsets.UTF_8);
    assertTrue(err.contains("failed test fails()"), err);
    assertTrue(err.contains("listening on 127.0.0.1:"), err);
    assertTrue(err.contains("===== end of registry log ====="), err);
    assertFalse(err.contains("succeeds()"), err);
  }

  @Test
  void aStaticFieldSharesOneRegistryAndKillsItAfterTheClass() {
    ExtensionExamples.ClassExample.servers.clear();
    run(ExtensionExamples.ClassExample.class)
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(2));
    assertEquals(2, ExtensionExamples.ClassExample.servers.size());
    assertEquals(
        ExtensionExamples.ClassExample.servers.get(0),
        ExtensionExamples.ClassExample.servers.get(1));
    assertFalse(ExtensionExamples.ClassExample.servers.get(0).isRunning());
    assertFalse(
        Files.exists(ExtensionExamples.ClassExample.servers.get(0).workDir()), "work dir deleted");
  }

  @Test
  void anInstanceFieldGivesEachTestItsOwnRegistry() {
    ExtensionExamples.PerTestExample.workDirs.clear();
    run(ExtensionExamples.PerTestExample.class)
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(2));
    assertEquals(2, ExtensionExamples.PerTestExample.workDirs.size());
    assertNotEquals(
        ExtensionExamples.PerTestExample.workDirs.get(0),
        ExtensionExamples.PerTestExample.workDirs.get(1));
    for (Path dir : ExtensionExamples.PerTestExample.workDirs) {
      assertFalse(Files.exists(dir), "work dir deleted: " + dir);
    }
  }

  private static EngineExecutionResults run(Class<?> example) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(example)).execute();
  }
}
