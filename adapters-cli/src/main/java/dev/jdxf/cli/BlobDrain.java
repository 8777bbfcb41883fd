package dev.jdxf.cli;

import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Moves a blob's bytes to standard output on the calling thread. The publisher's threads only hand
 * buffers over; at most {@link #WINDOW} buffers are requested ahead of what has been written, so
 * memory stays bounded whatever the blob's size.
 */
final class BlobDrain implements Flow.Subscriber<ByteBuffer> {
  static final int WINDOW = 16;

  private static final Object DONE = new Object();

  /** The publisher's failure, carried through the queue. */
  private static final class Failure {
    final Throwable error;

    Failure(Throwable error) {
      this.error = error;
    }
  }

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(WINDOW + 2);
  private volatile Flow.@Nullable Subscription subscription;

  private BlobDrain() {}

  /**
   * Writes every byte {@code publisher} emits to {@code out}, returning after its completion;
   * throws the publisher's failure (e.g. a digest mismatch found at the end).
   */
  static void drain(Flow.Publisher<ByteBuffer> publisher, Output out) {
    BlobDrain drain = new BlobDrain();
    publisher.subscribe(drain);
    drain.writeTo(out);
  }

  private void writeTo(Output out) {
    try {
      while (true) {
        Object item = queue.take();
        if (item == DONE) {
          return;
        }
        if (item instanceof Failure) {
          Throwable error = ((Failure) item).error;
          throw error instanceof RuntimeException
              ? (RuntimeException) error
              : new CompletionException(error);
        }
        out.write((ByteBuffer) item);
        Flow.Subscription s = subscription;
        if (s != null) {
          s.request(1);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      throw new CompletionException("interrupted while writing a blob", e);
    } catch (RuntimeException e) {
      cancel();
      throw e;
    }
  }

  private void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(WINDOW);
  }

  @Override
  public void onNext(ByteBuffer item) {
    offer(item);
  }

  @Override
  public void onError(Throwable throwable) {
    offer(new Failure(throwable));
  }

  @Override
  public void onComplete() {
    offer(DONE);
  }

  private void offer(Object item) {
    if (!queue.offer(item)) {
      // only a publisher that ignores demand can get here
      queue.clear();
      queue.add(new Failure(new IllegalStateException("blob publisher sent more than requested")));
    }
  }
}
