package dev.jdxf.http;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What every port of one adapter instance shares: the request loop and the settings. Runs each
 * operation on a Vert.x context (the caller's, or a new event-loop one for a non-Vert.x thread), so
 * an operation's callbacks and streams stay on one thread.
 */
final class RegistryContext {
  private final Vertx vertx;
  private final AuthenticatedRequester requester;
  private final int chunkSize;

  RegistryContext(Vertx vertx, AuthenticatedRequester requester, int chunkSize) {
    this.vertx = vertx;
    this.requester = requester;
    this.chunkSize = chunkSize;
  }

  int chunkSize() {
    return chunkSize;
  }

  <T> CompletionStage<T> run(Function<AuthenticatedRequester, Future<T>> operation) {
    return run((r, context) -> operation.apply(r));
  }

  <T> CompletionStage<T> run(BiFunction<AuthenticatedRequester, Context, Future<T>> operation) {
    Context context = vertx.getOrCreateContext();
    Promise<T> promise = Promise.promise();
    context.runOnContext(
        v -> {
          try {
            operation.apply(requester, context).onComplete(promise);
          } catch (RuntimeException e) {
            promise.fail(e);
          }
        });
    return promise.future().toCompletionStage();
  }
}
