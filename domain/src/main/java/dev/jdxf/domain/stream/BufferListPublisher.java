package dev.jdxf.domain.stream;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Emits a fixed list of buffers, honouring demand and cancellation; each emitted buffer is a fresh
 * copy the subscriber owns. Re-entrant requests from {@code onNext} do not recurse. One subscriber.
 */
final class BufferListPublisher implements Flow.Publisher<ByteBuffer> {
  private final List<ByteBuffer> buffers;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  BufferListPublisher(List<ByteBuffer> buffers) {
    this.buffers = buffers.stream().map(ByteBuffer::asReadOnlyBuffer).toList();
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    if (!subscribed.compareAndSet(false, true)) {
      subscriber.onSubscribe(NoSubscription.INSTANCE);
      subscriber.onError(new IllegalStateException("this publisher accepts one subscriber"));
      return;
    }
    Emitter emitter = new Emitter(subscriber);
    subscriber.onSubscribe(emitter);
    emitter.drain();
  }

  private final class Emitter implements Flow.Subscription {
    private final Flow.Subscriber<? super ByteBuffer> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile boolean stopped;
    private volatile boolean badRequest;
    private volatile long badValue;
    private int next;

    Emitter(Flow.Subscriber<? super ByteBuffer> subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        badValue = n;
        badRequest = true;
      } else {
        demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
      }
      drain();
    }

    @Override
    public void cancel() {
      stopped = true;
    }

    void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      do {
        while (!stopped) {
          if (badRequest) {
            stopped = true;
            subscriber.onError(
                new IllegalArgumentException("request must be positive, got " + badValue));
          } else if (next == buffers.size()) {
            stopped = true;
            subscriber.onComplete();
          } else if (demand.get() > 0) {
            demand.decrementAndGet();
            ByteBuffer source = buffers.get(next++).duplicate();
            ByteBuffer copy = ByteBuffer.allocate(source.remaining()).put(source).flip();
            subscriber.onNext(copy);
          } else {
            break;
          }
        }
      } while (wip.decrementAndGet() != 0);
    }
  }
}
