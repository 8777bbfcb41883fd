package dev.jdxf.domain.stream;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * A publisher that opens its source only when subscribed, e.g. a blob download that is started only
 * if a store turns out to need the bytes.
 */
public final class DeferredPublisher implements Flow.Publisher<ByteBuffer> {
  private final Supplier<? extends CompletionStage<? extends Flow.Publisher<ByteBuffer>>> open;

  public DeferredPublisher(
      Supplier<? extends CompletionStage<? extends Flow.Publisher<ByteBuffer>>> open) {
    this.open = Objects.requireNonNull(open, "open");
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    open.get()
        .whenComplete(
            (publisher, error) -> {
              if (error != null) {
                subscriber.onSubscribe(NoSubscription.INSTANCE);
                subscriber.onError(error);
              } else {
                publisher.subscribe(subscriber);
              }
            });
  }
}
