package dev.jdxf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.model.Digest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarsTest {
  private static final Digest A =
      Digest.parse("sha256:a123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  private static final Digest B =
      Digest.parse("sha256:b123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

  @Test
  void oneBarPerBlobFromZeroToAHundredPercentHoweverFast() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (ProgressBars bars =
        new ProgressBars(new PrintStream(sink, true, StandardCharsets.UTF_8))) {
      bars.progress(A, 0, 1048576);
      bars.progress(A, 524288, 1048576);
      bars.progress(A, 1048576, 1048576);
      bars.progress(B, 0, 10);
      bars.progress(B, 10, 10);
    }
    String text = sink.toString(StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    assertEquals(2, lines.length, text);
    assertBar(lines[0], "sha256:a", 1048576);
    assertBar(lines[1], "sha256:b", 10);
  }

  private static void assertBar(String line, String label, long total) {
    String first =
        line.substring(1, line.indexOf('\r', 1) > 0 ? line.indexOf('\r', 1) : line.length());
    assertTrue(first.startsWith(label + "   0%"), line);
    assertTrue(first.contains(" 0/" + total + " "), line);
    String last = line.substring(line.lastIndexOf('\r') + 1);
    assertTrue(last.startsWith(label + " 100%"), line);
    assertTrue(last.contains(" " + total + "/" + total + " "), line);
    assertTrue(last.length() <= 79, last);
  }

  @Test
  void closingEndsABarLeftOpen() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    ProgressBars bars = new ProgressBars(new PrintStream(sink, true, StandardCharsets.UTF_8));
    bars.progress(A, 0, 100);
    bars.progress(A, 40, 100);
    bars.close();
    String text = sink.toString(StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\n"), text);
    assertTrue(text.substring(text.lastIndexOf('\r') + 1).startsWith("sha256:a  40%"), text);
  }
}
