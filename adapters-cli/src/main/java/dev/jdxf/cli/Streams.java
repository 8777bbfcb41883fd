package dev.jdxf.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The standard streams of one run.
 *
 * @param in standard input (manifests given on stdin)
 * @param out standard output, as a channel: blobs are written to it in large chunks
 * @param err standard error (errors, progress bars)
 * @param errIsTerminal whether standard error is a terminal (progress bars by default)
 */
public record Streams(
    InputStream in, WritableByteChannel out, PrintStream err, boolean errIsTerminal) {

  public Streams {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** The process's streams, unbuffered underneath: {@link Output} does the buffering. */
  @SuppressWarnings("resource") // the process's own descriptors stay open until exit
  public static Streams system() {
    return new Streams(
        new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out).getChannel(),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        isTerminal(2));
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. {@code System.console()} only says whether
   * stdin and stdout both are, so on Linux the descriptor's link in {@code /proc/self/fd} is read.
   */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
      return System.console() != null;
    }
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/")
          || target.startsWith("/dev/tty")
          || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
