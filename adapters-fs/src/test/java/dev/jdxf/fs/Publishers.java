package dev.jdxf.fs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Byte publishers and subscribers for tests. */
final class Publishers {
  private Publishers() {}

  /** Publishes {@code bytes} in chunks of {@code chunk}, honouring demand; then completes. */
  static Flow.Publisher<ByteBuffer> of(byte[] bytes, int chunk) {
    return failingAfter(bytes, chunk, null);
  }

  /** Like {@link #of}, but fails with {@code error} after the bytes instead of completing. */
  static Flow.Publisher<ByteBuffer> failingAfter(
      byte[] bytes, int chunk, @Nullable RuntimeException error) {
    List<ByteBuffer> chunks = new ArrayList<>();
    for (int i = 0; i < bytes.length; i += chunk) {
      chunks.add(ByteBuffer.wrap(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + chunk))));
    }
    return subscriber -> {
      AtomicLong demand = new AtomicLong();
      int[] next = {0};
      boolean[] terminated = {false};
      subscriber.onSubscribe(
          new Flow.Subscription() {
            private boolean emitting;

            @Override
            public synchronized void request(long n) {
              demand.addAndGet(n);
              if (emitting) {
                return;
              }
              emitting = true;
              while (demand.get() > 0 && next[0] < chunks.size()) {
                demand.decrementAndGet();
                subscriber.onNext(chunks.get(next[0]++));
              }
              if (next[0] == chunks.size() && !terminated[0]) {
                terminated[0] = true;
                if (error != null) {
                  subscriber.onError(error);
                } else {
                  subscriber.onComplete();
                }
              }
              emitting = false;
            }

            @Override
            public synchronized void cancel() {
              next[0] = chunks.size();
              terminated[0] = true;
            }
          });
    };
  }

  /** Collects every byte, requesting one chunk at a time and checking demand is honoured. */
  static CompletableFuture<byte[]> collect(Flow.Publisher<ByteBuffer> publisher) {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<>() {
          private final ByteArrayOutputStream out = new ByteArrayOutputStream();
          private final AtomicLong outstanding = new AtomicLong();
          private Flow.@Nullable Subscription subscription;

          @Override
          public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            outstanding.incrementAndGet();
            s.request(1);
          }

          @Override
          public void onNext(ByteBuffer item) {
            if (outstanding.decrementAndGet() < 0) {
              result.completeExceptionally(new AssertionError("onNext beyond demand"));
            }
            byte[] b = new byte[item.remaining()];
            item.get(b);
            out.write(b, 0, b.length);
            Flow.@Nullable Subscription s = subscription;
            if (s != null) {
              outstanding.incrementAndGet();
              s.request(1);
            }
          }

          @Override
          public void onError(Throwable t) {
            result.completeExceptionally(t);
          }

          @Override
          public void onComplete() {
            result.complete(out.toByteArray());
          }
        });
    return result;
  }
}
