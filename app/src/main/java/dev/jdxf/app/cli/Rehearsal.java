package dev.jdxf.app.cli;

import dev.jdxf.cli.CliModule;
import dev.jdxf.cli.Environment;
import dev.jdxf.cli.Streams;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line's paths that reach no store, run with their output dropped where {@code
 * bin/jdxf} records classes for a cache and sets {@value #PROPERTY}: the help cache's training run
 * on Java 25+, and every AppCDS recording on Java 17 to 24. The help texts, the version and usage
 * errors then take their classes (picocli's model and help) from a cache too, whichever command
 * made it. Nothing here reads the environment or stdin, reaches a store, or writes anywhere: the
 * process's stdout is swapped for nothing meanwhile.
 */
final class Rehearsal {
  /** The system property that {@code bin/jdxf} sets to {@code true} to have a rehearsal. */
  static final String PROPERTY = "jdxf.training";

  private Rehearsal() {}

  /** Whether this run records classes for a cache that should cover the rehearsed paths. */
  static boolean wanted() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** The command lines rehearsed: each help, the version, an unknown command, too few arguments. */
  static List<List<String>> lines() {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("--help"));
    lines.add(List.of("--version"));
    lines.add(List.of("no-such-command"));
    lines.add(List.of("blob-size"));
    lines.add(List.of("blob-size", "--", "repo"));
    for (String command : CliModule.COMMANDS) {
      lines.add(List.of(command, "--help"));
    }
    return lines;
  }

  /** Runs every line with no environment and the streams going nowhere; never fails. */
  static void run() {
    PrintStream nowhere =
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    Streams quiet =
        new Streams(
            InputStream.nullInputStream(),
            Channels.newChannel(OutputStream.nullOutputStream()),
            nowhere,
            false);
    PrintStream out = System.out; // picocli prints help and the version there
    System.setOut(nowhere);
    try {
      for (List<String> line : lines()) {
        try {
          Main.run(line.toArray(new String[0]), Environment.of(Map.of()), quiet);
        } catch (RuntimeException e) {
          // only a rehearsal: the run's own status is already decided
        }
      }
    } finally {
      System.setOut(out);
    }
  }
}
