package dev.jdxf.app.facade;

import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.LocalFiles;
import dev.jdxf.domain.service.UseCases;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What one registry object and all its repository views share: the caller's {@code Vertx}, the use
 * cases over one backend (and so its connections and token), and the resources the facade created,
 * closed once.
 */
final class Store {
  final Vertx vertx;
  final UseCases useCases;
  final Backend backend;
  final LocalFiles localFiles;
  private final OwnedResources owned;
  private final AtomicBoolean closed = new AtomicBoolean();

  @Inject
  Store(
      Vertx vertx,
      UseCases useCases,
      Backend backend,
      LocalFiles localFiles,
      OwnedResources owned) {
    this.vertx = vertx;
    this.useCases = useCases;
    this.backend = backend;
    this.localFiles = localFiles;
    this.owned = owned;
  }

  /**
   * Runs an operation unless closed; its result completes on the caller's context (the current one,
   * or a context of the caller's {@code Vertx} when called from elsewhere).
   */
  <T> Future<T> call(Supplier<? extends CompletionStage<T>> operation) {
    Context context = vertx.getOrCreateContext();
    if (closed.get()) {
      return Future.failedFuture(new IllegalStateException("this jdxf registry is closed"));
    }
    CompletionStage<T> stage;
    try {
      stage = operation.get();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return Future.fromCompletionStage(stage, context);
  }

  /** The context results are delivered on, for streams adapted here. */
  Context context() {
    return vertx.getOrCreateContext();
  }

  Future<Void> close() {
    if (!closed.compareAndSet(false, true)) {
      return Future.succeededFuture();
    }
    return owned.close();
  }
}
