package dev.jdxf.fs;

import java.io.IOException;

/** A blocking file-system task. */
@FunctionalInterface
interface IoCallable<T> {
  T call() throws IOException;
}
