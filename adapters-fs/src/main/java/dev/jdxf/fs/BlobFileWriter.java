package dev.jdxf.fs;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Writes what a publisher streams into an open file, hashing it on the way, on worker threads one
 * chunk after the other. At most {@link #WINDOW} chunks are requested ahead, so memory stays
 * bounded whatever the blob's size. {@link #done()} completes with the number of bytes written once
 * every chunk is on disk (not yet synced).
 */
final class BlobFileWriter implements Flow.Subscriber<ByteBuffer> {
  static final int WINDOW = 4;

  private final Vertx vertx;
  private final FileChannel channel;
  private final MessageDigest digest;
  private final CompletableFuture<Long> done = new CompletableFuture<>();
  private volatile Flow.@Nullable Subscription subscription;
  // the chain of pending writes; signals are serial, so only one thread touches it at a time
  private volatile Future<Void> tail = Future.succeededFuture();
  private final AtomicLong written = new AtomicLong();
  private volatile boolean failed;

  BlobFileWriter(Vertx vertx, FileChannel channel, MessageDigest digest) {
    this.vertx = vertx;
    this.channel = channel;
    this.digest = digest;
  }

  CompletionStage<Long> done() {
    return done;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    if (subscription != null) {
      s.cancel();
      return;
    }
    subscription = s;
    s.request(WINDOW);
  }

  @Override
  public void onNext(ByteBuffer chunk) {
    if (failed) {
      return;
    }
    tail =
        tail.compose(v -> vertx.executeBlocking(() -> write(chunk), false))
            .onSuccess(v -> requestOne())
            .onFailure(this::fail);
  }

  @Override
  public void onError(Throwable t) {
    tail.onComplete(ar -> done.completeExceptionally(t));
  }

  @Override
  public void onComplete() {
    tail.onSuccess(v -> done.complete(written.get()));
  }

  private @Nullable Void write(ByteBuffer chunk) throws IOException {
    int n = chunk.remaining();
    digest.update(chunk.duplicate());
    while (chunk.hasRemaining()) {
      channel.write(chunk);
    }
    written.addAndGet(n);
    return null;
  }

  private void requestOne() {
    Flow.@Nullable Subscription s = subscription;
    if (s != null && !failed) {
      s.request(1);
    }
  }

  private void fail(Throwable t) {
    if (failed) {
      return;
    }
    failed = true;
    Flow.@Nullable Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    done.completeExceptionally(t);
  }
}
