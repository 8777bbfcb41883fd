package dev.jdxf.domain.stream;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Small byte contents (manifests, test data) as publishers and back. Everything here holds the
 * whole content in memory: never use it for blobs, which must stream.
 */
public final class SmallContent {
  /** The size of the buffers {@link #publisherOf(byte[])} emits. */
  public static final int DEFAULT_CHUNK = 64 * 1024;

  private SmallContent() {}

  /** A publisher of a copy of {@code bytes}, in buffers of {@link #DEFAULT_CHUNK} bytes. */
  public static Flow.Publisher<ByteBuffer> publisherOf(byte[] bytes) {
    return publisherOf(bytes, DEFAULT_CHUNK);
  }

  /** A publisher of a copy of {@code bytes}, in buffers of {@code chunk} bytes at most. */
  public static Flow.Publisher<ByteBuffer> publisherOf(byte[] bytes, int chunk) {
    if (chunk <= 0) {
      throw new IllegalArgumentException("chunk size must be positive: " + chunk);
    }
    List<ByteBuffer> buffers = new ArrayList<>();
    for (int off = 0; off < bytes.length; off += chunk) {
      buffers.add(ByteBuffer.wrap(bytes, off, Math.min(chunk, bytes.length - off)));
    }
    return new BufferListPublisher(buffers);
  }

  /** A publisher of copies of {@code buffers}' remaining bytes, one buffer each. */
  public static Flow.Publisher<ByteBuffer> publisherOf(List<ByteBuffer> buffers) {
    return new BufferListPublisher(buffers);
  }

  /** A publisher that fails with {@code error} as soon as it is subscribed to. */
  public static Flow.Publisher<ByteBuffer> failing(Throwable error) {
    return s -> {
      s.onSubscribe(NoSubscription.INSTANCE);
      s.onError(error);
    };
  }

  /**
   * Collects every byte of {@code publisher}; fails with {@link IllegalStateException} (and
   * cancels) past {@code maxBytes}, and with the publisher's error when it fails.
   */
  public static CompletionStage<byte[]> collect(
      Flow.Publisher<ByteBuffer> publisher, int maxBytes) {
    Collector collector = new Collector(maxBytes);
    publisher.subscribe(collector);
    return collector.result;
  }

  private static final class Collector implements Flow.Subscriber<ByteBuffer> {
    private final int maxBytes;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.@Nullable Subscription subscription;

    Collector(int maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      Objects.requireNonNull(s, "subscription");
      if (subscription != null) {
        s.cancel();
        return;
      }
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(ByteBuffer item) {
      if (result.isDone()) {
        return;
      }
      if ((long) out.size() + item.remaining() > maxBytes) {
        Flow.Subscription s = subscription;
        if (s != null) {
          s.cancel();
        }
        result.completeExceptionally(
            new IllegalStateException(
                "more than " + maxBytes + " bytes: SmallContent is only for small contents"));
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      out.write(chunk, 0, chunk.length);
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
