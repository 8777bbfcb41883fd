package dev.jdxf.http;

import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/** Subscribers that drain a publisher one buffer at a time. */
final class Collect {
  private Collect() {}

  static CompletableFuture<byte[]> bytes(Flow.Publisher<ByteBuffer> publisher) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return drain(
            publisher,
            b -> {
              byte[] copy = new byte[b.remaining()];
              b.get(copy);
              out.write(copy, 0, copy.length);
            })
        .thenApply(v -> out.toByteArray());
  }

  static CompletableFuture<BlobInfo> digest(Flow.Publisher<ByteBuffer> publisher) {
    MessageDigest md = DigestAlgorithm.SHA256.newMessageDigest();
    long[] count = new long[1];
    return drain(
            publisher,
            b -> {
              count[0] += b.remaining();
              md.update(b);
            })
        .thenApply(v -> new BlobInfo(Digest.of(DigestAlgorithm.SHA256, md.digest()), count[0]));
  }

  private static CompletableFuture<Void> drain(
      Flow.Publisher<ByteBuffer> publisher, Consumer<ByteBuffer> sink) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<ByteBuffer>() {
          private Flow.@org.jspecify.annotations.Nullable Subscription subscription;

          @Override
          public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
          }

          @Override
          public void onNext(ByteBuffer item) {
            sink.accept(item);
            Flow.Subscription s = subscription;
            if (s != null) {
              s.request(1);
            }
          }

          @Override
          public void onError(Throwable t) {
            done.completeExceptionally(t);
          }

          @Override
          public void onComplete() {
            done.complete(null);
          }
        });
    return done;
  }
}
