package dev.jdxf.domain.stream;

import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Passes bytes on unchanged while computing their digest and size; {@link #result()} completes with
 * them when the stream completes, and exceptionally when it fails or is cancelled.
 */
public final class DigestingPublisher implements Flow.Publisher<ByteBuffer> {
  private final CompletableFuture<BlobInfo> result = new CompletableFuture<>();
  private final ObservedPublisher delegate;

  DigestingPublisher(Flow.Publisher<ByteBuffer> upstream, DigestAlgorithm algorithm) {
    MessageDigest md = algorithm.newMessageDigest();
    this.delegate =
        new ObservedPublisher(
            upstream,
            new ByteObserver() {
              private long count;

              @Override
              public void onBytes(ByteBuffer view) {
                count += view.remaining();
                md.update(view);
              }

              @Override
              public void onEnd() {
                result.complete(new BlobInfo(Digest.of(algorithm, md.digest()), count));
              }

              @Override
              public void onAbort(Throwable cause) {
                result.completeExceptionally(cause);
              }
            });
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    delegate.subscribe(subscriber);
  }

  /**
   * The digest and size of the bytes that passed, once the stream has completed. Completes before
   * the subscriber's {@code onComplete} is called.
   */
  public CompletionStage<BlobInfo> result() {
    return result.minimalCompletionStage();
  }
}
