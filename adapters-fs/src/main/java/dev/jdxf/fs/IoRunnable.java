package dev.jdxf.fs;

import java.io.IOException;

/** A blocking file-system task with no result. */
@FunctionalInterface
interface IoRunnable {
  void run() throws IOException;
}
