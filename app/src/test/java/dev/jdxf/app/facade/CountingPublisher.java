package dev.jdxf.app.facade;

import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A test publisher of {@code chunks} chunks of {@code chunkSize} bytes (byte i of the whole is
 * {@code (byte) i}), emitted from its own thread strictly on demand; it records how far ahead of
 * the consumer it was ever allowed to get.
 */
final class CountingPublisher implements Flow.Publisher<ByteBuffer>, AutoCloseable {
  private final int chunks;
  private final int chunkSize;
  private final ExecutorService thread = Executors.newSingleThreadExecutor();
  final AtomicLong requested = new AtomicLong();
  final AtomicLong emitted = new AtomicLong();
  final AtomicBoolean cancelled = new AtomicBoolean();
  private final @Nullable RuntimeException failAtEnd;

  CountingPublisher(int chunks, int chunkSize) {
    this(chunks, chunkSize, null);
  }

  CountingPublisher(int chunks, int chunkSize, @Nullable RuntimeException failAtEnd) {
    this.chunks = chunks;
    this.chunkSize = chunkSize;
    this.failAtEnd = failAtEnd;
  }

  static byte[] expected(int chunks, int chunkSize) {
    byte[] all = new byte[chunks * chunkSize];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    return all;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {
            requested.addAndGet(n);
            thread.execute(() -> emit(subscriber));
          }

          @Override
          public void cancel() {
            cancelled.set(true);
          }
        });
  }

  private void emit(Flow.Subscriber<? super ByteBuffer> subscriber) {
    while (!cancelled.get() && emitted.get() < requested.get() && emitted.get() < chunks) {
      long index = emitted.getAndIncrement();
      byte[] chunk = new byte[chunkSize];
      for (int i = 0; i < chunkSize; i++) {
        chunk[i] = (byte) (index * chunkSize + i);
      }
      subscriber.onNext(ByteBuffer.wrap(chunk));
      if (emitted.get() == chunks) {
        RuntimeException failure = failAtEnd;
        if (failure != null) {
          subscriber.onError(failure);
        } else {
          subscriber.onComplete();
        }
      }
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
