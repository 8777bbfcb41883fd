package dev.jdxf.fs;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jdxf.domain.error.JdxfException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for stages in tests. */
final class Await {
  private Await() {}

  static <T> T result(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("stage failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("stage did not complete: " + e, e);
    }
  }

  /** The jdxf error a stage fails with, which must be of {@code type}. */
  static <E extends JdxfException> E failure(Class<E> type, CompletionStage<?> stage) {
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> stage.toCompletableFuture().get(60, TimeUnit.SECONDS),
            "expected " + type.getSimpleName());
    JdxfException j = JdxfException.unwrap(e);
    if (j == null || !type.isInstance(j)) {
      throw new AssertionError(
          "expected " + type.getSimpleName() + " but got " + e.getCause(), e.getCause());
    }
    return type.cast(j);
  }
}
