package dev.jdxf.http;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A publisher of {@code size} bytes in {@code chunk}-sized buffers made on demand: a copy of an
 * array, or pseudo-random bytes from a seed (the same bytes every time). Honours Flow demand, so
 * memory stays at one chunk whatever the size.
 */
final class GeneratedBytes implements Flow.Publisher<ByteBuffer> {
  private final long size;
  private final int chunk;
  private final Generator generator;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  @FunctionalInterface
  interface Generator {
    /**
     * Fills {@code out} with the bytes of chunk number {@code index} starting at {@code offset}.
     */
    void fill(long index, long offset, byte[] out);
  }

  private GeneratedBytes(long size, int chunk, Generator generator) {
    this.size = size;
    this.chunk = chunk;
    this.generator = generator;
  }

  static GeneratedBytes of(byte[] bytes, int chunk) {
    return new GeneratedBytes(
        bytes.length,
        chunk,
        (i, offset, out) -> System.arraycopy(bytes, (int) offset, out, 0, out.length));
  }

  static GeneratedBytes random(long size, long seed, int chunk) {
    return new GeneratedBytes(
        size, chunk, (i, offset, out) -> new SplittableRandom(seed * 31 + i).nextBytes(out));
  }

  long size() {
    return size;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    if (!subscribed.compareAndSet(false, true)) {
      throw new IllegalStateException("one subscriber only");
    }
    subscriber.onSubscribe(new Emitter(subscriber));
  }

  private final class Emitter implements Flow.Subscription {
    private final Flow.Subscriber<? super ByteBuffer> subscriber;
    private long demand;
    private long offset;
    private long index;
    private boolean emitting;
    private boolean done;

    Emitter(Flow.Subscriber<? super ByteBuffer> subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public synchronized void request(long n) {
      demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
      if (emitting) {
        return;
      }
      emitting = true;
      try {
        while (!done && demand > 0 && offset < size) {
          int length = (int) Math.min(chunk, size - offset);
          byte[] out = new byte[length];
          generator.fill(index++, offset, out);
          offset += length;
          demand--;
          subscriber.onNext(ByteBuffer.wrap(out));
        }
        if (!done && offset >= size) {
          done = true;
          subscriber.onComplete();
        }
      } finally {
        emitting = false;
      }
    }

    @Override
    public synchronized void cancel() {
      done = true;
    }
  }
}
