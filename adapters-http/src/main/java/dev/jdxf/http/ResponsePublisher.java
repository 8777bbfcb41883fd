package dev.jdxf.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A paused response body as a {@link Flow.Publisher}: {@code request(n)} becomes {@code fetch(n)}
 * on the response, so no more than what the subscriber asked for is read. Each buffer is a view of
 * the chunk Vert.x handed over, which it had already copied out of Netty's pooled memory, so the
 * subscriber owns it without another copy. Signals run on the response's event loop. One
 * subscriber.
 */
final class ResponsePublisher implements Flow.Publisher<ByteBuffer> {
  private final HttpClientResponse response;
  private final Context context;
  private final Function<Throwable, Throwable> errors;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  /** A failure of the connection before anyone subscribed; replayed to the subscriber. */
  private volatile @Nullable Throwable early;

  /**
   * @param errors maps a failure while reading (reset, timeout) to what the subscriber sees
   */
  ResponsePublisher(HttpClientResponse response, Function<Throwable, Throwable> errors) {
    this.response = response;
    Context current = Vertx.currentContext();
    if (current == null) {
      throw new IllegalStateException("a response publisher is made on the response's context");
    }
    this.context = current;
    this.errors = errors;
    // The connection may drop while the body waits for its subscriber: keep that failure.
    response.exceptionHandler(e -> early = e);
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    if (!subscribed.compareAndSet(false, true)) {
      subscriber.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
          });
      subscriber.onError(new IllegalStateException("blob content can be read only once"));
      return;
    }
    context.runOnContext(v -> start(subscriber));
  }

  private void start(Flow.Subscriber<? super ByteBuffer> subscriber) {
    AtomicBoolean done = new AtomicBoolean();
    response.handler(
        chunk -> {
          if (!done.get()) {
            subscriber.onNext(Chunks.toByteBuffer(chunk));
          }
        });
    response.endHandler(
        v -> {
          if (done.compareAndSet(false, true)) {
            subscriber.onComplete();
          }
        });
    response.exceptionHandler(
        e -> {
          if (done.compareAndSet(false, true)) {
            subscriber.onError(errors.apply(e));
          }
        });
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {
            if (n <= 0) {
              context.runOnContext(
                  v -> {
                    if (done.compareAndSet(false, true)) {
                      response.request().reset();
                      subscriber.onError(
                          new IllegalArgumentException("Flow demand must be positive: " + n));
                    }
                  });
              return;
            }
            context.runOnContext(v -> response.fetch(n));
          }

          @Override
          public void cancel() {
            context.runOnContext(
                v -> {
                  if (done.compareAndSet(false, true)) {
                    response.request().reset();
                  }
                });
          }
        });
    Throwable failedBefore = early;
    if (failedBefore != null && done.compareAndSet(false, true)) {
      subscriber.onError(errors.apply(failedBefore));
    }
  }
}
