package dev.jdxf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** The registry's log file: its stdout and stderr across restarts, plus harness markers. */
final class RegistryLog {
  private final Path path;

  RegistryLog(Path path) throws IOException {
    this.path = Files.createFile(path);
  }

  Path path() {
    return path;
  }

  /** The current size, to read what is written after it with {@link #since}. */
  long size() {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The text written from byte {@code offset} on. */
  String since(long offset) {
    try {
      byte[] all = Files.readAllBytes(path);
      int from = (int) Math.min(offset, all.length);
      return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + path + ": " + e + ")";
    }
  }

  String all() {
    return since(0);
  }

  /** The last {@code maxLines} lines. */
  String tail(int maxLines) {
    List<String> lines = all().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - maxLines), lines.size()));
  }

  /** Appends a harness marker line. */
  void mark(String text) {
    try {
      Files.writeString(path, "=== jdxf: " + text + " ===\n", StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
