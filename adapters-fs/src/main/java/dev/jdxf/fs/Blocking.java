package dev.jdxf.fs;

import dev.jdxf.domain.error.StorageException;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.util.concurrent.CompletionStage;

/** Runs blocking file I/O on Vert.x worker threads, never on an event loop. */
final class Blocking {
  private final Vertx vertx;

  Blocking(Vertx vertx) {
    this.vertx = vertx;
  }

  /**
   * Runs {@code task} on a worker. An {@link IOException} that escapes it becomes a {@link
   * StorageException} saying {@code what} failed.
   */
  <T> CompletionStage<T> run(String what, IoCallable<T> task) {
    return vertx
        .<T>executeBlocking(
            () -> {
              try {
                return task.call();
              } catch (IOException e) {
                throw IoErrors.storage(what, e);
              }
            },
            false)
        .toCompletionStage();
  }

  /** Like {@link #run}, for a task with no result. */
  CompletionStage<Void> exec(String what, IoRunnable task) {
    return vertx
        .<Void>executeBlocking(
            () -> {
              try {
                task.run();
                return null;
              } catch (IOException e) {
                throw IoErrors.storage(what, e);
              }
            },
            false)
        .toCompletionStage();
  }

  Vertx vertx() {
    return vertx;
  }
}
