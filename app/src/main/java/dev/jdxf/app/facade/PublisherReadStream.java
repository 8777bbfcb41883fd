package dev.jdxf.app.facade;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Flow.Publisher} seen as a Vert.x {@link ReadStream}, delivering on one context.
 *
 * <p>Back-pressure: the publisher is asked for at most {@value #WINDOW} buffers beyond what the
 * stream has delivered, and only while the stream has demand; {@link #pause()} (what a {@code Pipe}
 * does when the destination's write queue is full) stops the requests, and the {@code drainHandler}
 * resuming the stream requests more. Memory is bounded by the window whatever the blob size.
 *
 * <p>The publisher is subscribed when the first data handler is set, and cancelled when the data
 * handler is set to {@code null} before the end (a {@code Pipe} does so when its destination
 * fails). Every signal from the publisher, whatever its thread, is handled on the context; all
 * state is confined to it.
 */
final class PublisherReadStream implements ReadStream<Buffer> {
  static final int WINDOW = 8;

  private final Flow.Publisher<ByteBuffer> source;
  private final Context context;

  private final ArrayDeque<Buffer> pending = new ArrayDeque<>();
  private @Nullable Handler<Buffer> dataHandler;
  private @Nullable Handler<Void> endHandler;
  private @Nullable Handler<Throwable> exceptionHandler;
  private Flow.@Nullable Subscription subscription;
  private boolean subscribed;
  private long demand = Long.MAX_VALUE;
  private long outstanding;
  private boolean upstreamDone;
  private @Nullable Throwable failure;
  private boolean terminated;
  private boolean draining;
  private boolean redrain;

  PublisherReadStream(Flow.Publisher<ByteBuffer> source, Context context) {
    this.source = source;
    this.context = context;
  }

  @Override
  public ReadStream<Buffer> exceptionHandler(@Nullable Handler<Throwable> handler) {
    onContext(() -> exceptionHandler = handler);
    return this;
  }

  @Override
  public ReadStream<Buffer> handler(@Nullable Handler<Buffer> handler) {
    onContext(
        () -> {
          dataHandler = handler;
          if (handler == null) {
            abandon();
          } else if (!subscribed) {
            subscribed = true;
            source.subscribe(new Receiver());
          }
          drain();
        });
    return this;
  }

  @Override
  public ReadStream<Buffer> pause() {
    onContext(() -> demand = 0);
    return this;
  }

  @Override
  public ReadStream<Buffer> resume() {
    return fetch(Long.MAX_VALUE);
  }

  @Override
  public ReadStream<Buffer> fetch(long amount) {
    onContext(
        () -> {
          long sum = demand + amount;
          demand = sum < 0 ? Long.MAX_VALUE : sum;
          drain();
        });
    return this;
  }

  @Override
  public ReadStream<Buffer> endHandler(@Nullable Handler<Void> handler) {
    onContext(() -> endHandler = handler);
    return this;
  }

  private void onContext(Runnable action) {
    if (Vertx.currentContext() == context) {
      action.run();
    } else {
      context.runOnContext(v -> action.run());
    }
  }

  /** No data handler any more before the end: nobody wants the rest, so stop the publisher. */
  private void abandon() {
    Flow.Subscription s = subscription;
    if (subscribed && !terminated) {
      terminated = true;
      upstreamDone = true;
      pending.clear();
      if (s != null) {
        s.cancel();
      }
    }
  }

  /** Delivers what the demand allows, ends when everything is delivered, requests more. */
  private void drain() {
    if (draining) {
      redrain = true;
      return;
    }
    draining = true;
    try {
      do {
        redrain = false;
        deliver();
        requestMore();
      } while (redrain);
    } finally {
      draining = false;
    }
  }

  private void deliver() {
    Handler<Buffer> handler = dataHandler;
    while (handler != null && demand > 0 && !pending.isEmpty()) {
      Buffer next = pending.poll();
      if (demand != Long.MAX_VALUE) {
        demand--;
      }
      handler.handle(next);
      handler = dataHandler;
    }
    if (upstreamDone && pending.isEmpty() && !terminated) {
      terminated = true;
      Throwable t = failure;
      if (t != null) {
        Handler<Throwable> onError = exceptionHandler;
        if (onError != null) {
          onError.handle(t);
        }
      } else {
        Handler<Void> onEnd = endHandler;
        if (onEnd != null) {
          onEnd.handle(null);
        }
      }
    }
  }

  private void requestMore() {
    Flow.Subscription s = subscription;
    if (s == null || upstreamDone || dataHandler == null) {
      return;
    }
    long want = Math.min(demand, WINDOW) - outstanding - pending.size();
    if (want > 0) {
      outstanding += want;
      s.request(want);
    }
  }

  /** The publisher's side: every signal hops onto the context. */
  private final class Receiver implements Flow.Subscriber<ByteBuffer> {
    @Override
    public void onSubscribe(Flow.Subscription s) {
      onContext(
          () -> {
            if (subscription != null || terminated) {
              s.cancel();
              return;
            }
            subscription = s;
            drain();
          });
    }

    @Override
    public void onNext(ByteBuffer item) {
      Buffer buffer = Buffers.toBuffer(item);
      onContext(
          () -> {
            outstanding--;
            pending.add(buffer);
            drain();
          });
    }

    @Override
    public void onError(Throwable t) {
      onContext(
          () -> {
            failure = t;
            upstreamDone = true;
            drain();
          });
    }

    @Override
    public void onComplete() {
      onContext(
          () -> {
            upstreamDone = true;
            drain();
          });
    }
  }
}
