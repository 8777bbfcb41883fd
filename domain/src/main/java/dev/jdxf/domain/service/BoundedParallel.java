package dev.jdxf.domain.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs asynchronous tasks with at most {@code n} under way at once; the first failure wins. */
final class BoundedParallel {
  private BoundedParallel() {}

  static CompletionStage<Void> run(List<Supplier<CompletionStage<Void>>> tasks, int n) {
    if (tasks.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int workers = Math.min(n, tasks.size());
    CompletableFuture<?>[] lanes = new CompletableFuture<?>[workers];
    for (int i = 0; i < workers; i++) {
      lanes[i] = lane(tasks, next, failure).toCompletableFuture();
    }
    return CompletableFuture.allOf(lanes)
        .handle(
            (ok, error) -> {
              Throwable first = failure.get();
              if (first != null) {
                throw new CompletionException(first);
              }
              return null;
            });
  }

  private static CompletionStage<Void> lane(
      List<Supplier<CompletionStage<Void>>> tasks,
      AtomicInteger next,
      AtomicReference<Throwable> failure) {
    int index = next.getAndIncrement();
    if (index >= tasks.size() || failure.get() != null) {
      return CompletableFuture.completedFuture(null);
    }
    CompletionStage<Void> started;
    try {
      started = tasks.get(index).get();
    } catch (RuntimeException e) {
      started = CompletableFuture.failedFuture(e);
    }
    return started
        .handle(
            (ok, error) -> {
              if (error != null) {
                failure.compareAndSet(null, error);
              }
              return null;
            })
        .thenCompose(ignored -> lane(tasks, next, failure));
  }
}
