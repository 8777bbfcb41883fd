package dev.jdxf.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which command lines picocli parses without the models of the subcommands. */
class CliModuleTest {

  @Test
  void theVersionAloneNeedsNoSubcommand() {
    assertTrue(CliModule.versionOnly(List.of("--version")));
    assertTrue(CliModule.versionOnly(List.of("-V")));
  }

  @Test
  void everythingElseGetsThemAll() {
    assertFalse(CliModule.versionOnly(List.of()));
    assertFalse(CliModule.versionOnly(List.of("--help")));
    assertFalse(CliModule.versionOnly(List.of("--version", "blob-size")));
    assertFalse(CliModule.versionOnly(List.of("-hV")), "help as well: it lists the commands");
    assertFalse(CliModule.versionOnly(List.of("--debug", "--version")));
  }
}
