package dev.jdxf.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments picocli would take as they stand, so the command may run without it. */
class CommandRunnerTest {

  @Test
  void plainArgumentsRunWithoutPicocli() {
    assertTrue(CommandRunner.plain("fred/datalogger"));
    assertTrue(CommandRunner.plain("sha256:0a1b"));
    assertTrue(CommandRunner.plain("@may15-readings"), "an alias naming no file");
    assertTrue(CommandRunner.plain("@"));
    assertTrue(CommandRunner.plain(""));
  }

  @Test
  void optionsAndEscapesGoThroughPicocli() {
    assertFalse(CommandRunner.plain("--help"));
    assertFalse(CommandRunner.plain("-h"));
    assertFalse(CommandRunner.plain("--debug"));
    assertFalse(CommandRunner.plain("--"));
    assertFalse(CommandRunner.plain("-"));
  }

  @Test
  void anAliasNamedLikeAFileStaysAnAlias(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("args"), "sha256:0a1b\n");
    assertTrue(CommandRunner.plain("@" + file), "argument files are off, as in dxf");
    assertTrue(CommandRunner.plain("@@alias"));
  }
}
