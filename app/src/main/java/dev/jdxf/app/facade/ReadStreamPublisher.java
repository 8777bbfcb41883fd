package dev.jdxf.app.facade;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Vert.x {@link ReadStream} seen as a {@link Flow.Publisher}: the stream stays paused and Flow
 * demand becomes {@link ReadStream#fetch(long)}, so it never produces more buffers than the
 * subscriber asked for. One subscriber only.
 */
final class ReadStreamPublisher implements Flow.Publisher<ByteBuffer> {
  private final ReadStream<Buffer> stream;
  private final Context context;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  /**
   * @param context the context the stream delivers on; demand is forwarded to the stream there
   */
  ReadStreamPublisher(ReadStream<Buffer> stream, Context context) {
    this.stream = stream;
    this.context = context;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    if (!subscribed.compareAndSet(false, true)) {
      subscriber.onSubscribe(Cancelled.INSTANCE);
      subscriber.onError(new IllegalStateException("a blob stream accepts one subscriber only"));
      return;
    }
    onContext(() -> new Link(subscriber).start());
  }

  private void onContext(Runnable action) {
    if (Vertx.currentContext() == context) {
      action.run();
    } else {
      context.runOnContext(v -> action.run());
    }
  }

  /** Connects the stream to one subscriber; its handlers run on the stream's context. */
  private final class Link implements Flow.Subscription {
    private final Flow.Subscriber<? super ByteBuffer> subscriber;
    private volatile boolean done;

    Link(Flow.Subscriber<? super ByteBuffer> subscriber) {
      this.subscriber = subscriber;
    }

    void start() {
      stream.pause();
      stream.exceptionHandler(
          t -> {
            if (!done) {
              done = true;
              subscriber.onError(t);
            }
          });
      stream.endHandler(
          v -> {
            if (!done) {
              done = true;
              subscriber.onComplete();
            }
          });
      stream.handler(
          buffer -> {
            if (!done) {
              subscriber.onNext(Buffers.toByteBuffer(buffer));
            }
          });
      subscriber.onSubscribe(this);
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        cancel();
        subscriber.onError(
            new IllegalArgumentException("Flow demand must be positive (rule 3.9), got " + n));
        return;
      }
      onContext(
          () -> {
            if (!done) {
              stream.fetch(n);
            }
          });
    }

    @Override
    public void cancel() {
      if (!done) {
        done = true;
        onContext(stream::pause);
      }
    }
  }

  /** The subscription handed to a refused second subscriber. */
  enum Cancelled implements Flow.Subscription {
    INSTANCE;

    @Override
    public void request(long n) {}

    @Override
    public void cancel() {}
  }
}
