package dev.jdxf.domain.stream;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Passes an upstream's signals through unchanged while a {@link ByteObserver} looks at each buffer;
 * the observer can turn a completion into an error, or stop the stream early. Demand and
 * cancellation go straight upstream, so back-pressure is untouched. One subscriber; at most one
 * terminal signal reaches it.
 */
class ObservedPublisher implements Flow.Publisher<ByteBuffer> {
  private final Flow.Publisher<ByteBuffer> upstream;
  private final ByteObserver observer;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  ObservedPublisher(Flow.Publisher<ByteBuffer> upstream, ByteObserver observer) {
    this.upstream = Objects.requireNonNull(upstream, "upstream");
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    if (!subscribed.compareAndSet(false, true)) {
      subscriber.onSubscribe(NoSubscription.INSTANCE);
      subscriber.onError(new IllegalStateException("this blob stream accepts one subscriber"));
      return;
    }
    upstream.subscribe(new Relay(subscriber));
  }

  private final class Relay implements Flow.Subscriber<ByteBuffer>, Flow.Subscription {
    private final Flow.Subscriber<? super ByteBuffer> downstream;
    private volatile Flow.@Nullable Subscription subscription;
    private volatile boolean done;

    Relay(Flow.Subscriber<? super ByteBuffer> downstream) {
      this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      if (subscription != null) {
        s.cancel();
        return;
      }
      subscription = s;
      try {
        observer.onStart();
      } catch (RuntimeException e) {
        done = true;
        s.cancel();
        downstream.onSubscribe(NoSubscription.INSTANCE);
        downstream.onError(e);
        return;
      }
      downstream.onSubscribe(this);
    }

    @Override
    public void onNext(ByteBuffer item) {
      if (done) {
        return;
      }
      try {
        observer.onBytes(item.duplicate());
      } catch (RuntimeException e) {
        done = true;
        Flow.Subscription s = subscription;
        if (s != null) {
          s.cancel();
        }
        observer.onAbort(e);
        downstream.onError(e);
        return;
      }
      downstream.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      if (done) {
        return;
      }
      done = true;
      observer.onAbort(throwable);
      downstream.onError(throwable);
    }

    @Override
    public void onComplete() {
      if (done) {
        return;
      }
      done = true;
      try {
        observer.onEnd();
      } catch (RuntimeException e) {
        observer.onAbort(e);
        downstream.onError(e);
        return;
      }
      downstream.onComplete();
    }

    @Override
    public void request(long n) {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.request(n);
      }
    }

    @Override
    public void cancel() {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      if (!done) {
        done = true;
        observer.onAbort(new CancellationException("the blob stream was cancelled"));
      }
    }
  }
}
