package dev.jdxf.http;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Bytes from a {@link Flow.Publisher}, taken on one Vert.x context with bounded demand: at most
 * {@value #WINDOW} buffers are requested ahead of what is consumed. Optionally hashes and counts
 * every byte handed out. Flow signals may come from any thread; all state lives on the context.
 */
final class FlowSource implements Flow.Subscriber<ByteBuffer> {
  static final int WINDOW = 16;

  private final Context context;
  private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
  private final @Nullable MessageDigest digest;
  private Flow.@Nullable Subscription subscription;
  private int outstanding;
  private boolean completed;
  private boolean cancelled;
  private @Nullable Throwable failure;
  private @Nullable Runnable listener;
  private long handedOut;

  private FlowSource(Context context, @Nullable MessageDigest digest) {
    this.context = context;
    this.digest = digest;
  }

  /** Subscribes to {@code publisher}; nothing is requested until bytes are wanted. */
  static FlowSource subscribe(
      Flow.Publisher<ByteBuffer> publisher, Context context, Optional<MessageDigest> digest) {
    FlowSource source = new FlowSource(context, digest.orElse(null));
    publisher.subscribe(source);
    return source;
  }

  Context context() {
    return context;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    context.runOnContext(
        v -> {
          if (subscription != null || cancelled) {
            s.cancel();
            return;
          }
          subscription = s;
          signal();
        });
  }

  @Override
  public void onNext(ByteBuffer item) {
    context.runOnContext(
        v -> {
          outstanding = Math.max(0, outstanding - 1);
          if (!cancelled && item.hasRemaining()) {
            queue.add(item);
          }
          signal();
        });
  }

  @Override
  public void onError(Throwable t) {
    context.runOnContext(
        v -> {
          failure = t;
          signal();
        });
  }

  @Override
  public void onComplete() {
    context.runOnContext(
        v -> {
          completed = true;
          signal();
        });
  }

  /** Tells {@code r} whenever bytes, the end or a failure arrive (replacing any listener). */
  void listener(@Nullable Runnable r) {
    listener = r;
  }

  /** Up to {@code max} bytes of the next buffer, or null when none is queued. */
  @Nullable ByteBuffer poll(long max) {
    ByteBuffer head = queue.peek();
    if (head == null || max <= 0) {
      return null;
    }
    ByteBuffer out;
    if (head.remaining() <= max) {
      out = queue.poll();
    } else {
      out = head.slice();
      out.limit((int) max);
      head.position(head.position() + (int) max);
    }
    if (digest != null) {
      digest.update(out.duplicate());
    }
    handedOut += out.remaining();
    return out;
  }

  /** Everything was handed out and the publisher completed. */
  boolean exhausted() {
    return completed && queue.isEmpty();
  }

  @Nullable Throwable failure() {
    return failure;
  }

  /** Bytes handed out so far. */
  long count() {
    return handedOut;
  }

  /** The digest of the bytes handed out (call once, at the end). */
  byte[] digest() {
    if (digest == null) {
      throw new IllegalStateException("this source does not hash");
    }
    return digest.digest();
  }

  /**
   * Requests more from the publisher, keeping at most {@value #WINDOW} buffers in flight; asks in
   * batches of at least half the window (fewer, larger requests, e.g. file reads on a worker).
   */
  void want() {
    Flow.Subscription s = subscription;
    if (s == null || completed || cancelled || failure != null) {
      return;
    }
    int n = WINDOW - outstanding - queue.size();
    if (n >= WINDOW / 2) {
      outstanding += n;
      s.request(n);
    }
  }

  /** Completes with true when bytes are queued, false at the end; fails with the publisher. */
  Future<Boolean> awaitData() {
    Promise<Boolean> promise = Promise.promise();
    Runnable check =
        () -> {
          Throwable f = failure;
          if (queue.isEmpty() && f == null && !completed) {
            want();
            return;
          }
          // stop listening before completing: whoever continues may install its own listener
          listener = null;
          if (!queue.isEmpty()) {
            promise.tryComplete(true);
          } else if (f != null) {
            promise.tryFail(f);
          } else {
            promise.tryComplete(false);
          }
        };
    listener = check;
    check.run();
    return promise.future();
  }

  /**
   * Fails the source with {@code cause} (unless it has ended): whoever reads it sees the failure at
   * once, and the publisher is cancelled.
   */
  void abort(Throwable cause) {
    context.runOnContext(
        v -> {
          if (completed || failure != null) {
            return;
          }
          failure = cause;
          queue.clear();
          Flow.Subscription s = subscription;
          if (s != null) {
            s.cancel();
          }
          signal();
        });
  }

  /** Stops the publisher (after a failed upload). */
  void cancel() {
    context.runOnContext(
        v -> {
          cancelled = true;
          queue.clear();
          Flow.Subscription s = subscription;
          if (s != null) {
            s.cancel();
          }
        });
  }

  private void signal() {
    Runnable r = listener;
    if (r != null) {
      r.run();
    }
  }
}
