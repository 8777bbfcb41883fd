package dev.jdxf.domain.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small helpers for composing {@link CompletionStage}s. */
final class Stages {
  private Stages() {}

  /** Runs {@code action}; a synchronous exception becomes a failed stage. */
  static <T> CompletionStage<T> call(Supplier<? extends CompletionStage<T>> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Applies {@code step} to each item in order, one after another; the results in order. */
  static <T, R> CompletionStage<List<R>> sequence(
      List<T> items, Function<? super T, ? extends CompletionStage<R>> step) {
    CompletionStage<List<R>> acc = CompletableFuture.completedFuture(new ArrayList<>(items.size()));
    for (T item : items) {
      acc =
          acc.thenCompose(
              list ->
                  step.apply(item)
                      .thenApply(
                          r -> {
                            list.add(r);
                            return list;
                          }));
    }
    return acc;
  }

  /** Runs {@code step} for each item in order, one after another. */
  static <T> CompletionStage<Void> forEach(
      Iterable<T> items, Function<? super T, ? extends CompletionStage<?>> step) {
    CompletionStage<Void> acc = CompletableFuture.completedFuture(null);
    for (T item : items) {
      acc = acc.thenCompose(v -> step.apply(item).thenApply(x -> (Void) null));
    }
    return acc;
  }
}
