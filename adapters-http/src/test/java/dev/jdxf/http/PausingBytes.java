package dev.jdxf.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A publisher of {@code bytes} in {@code chunk}-sized buffers that stops for {@code pause} before
 * the buffer number {@code pauseBefore}: a slow source, such as a producer that stalls mid-stream.
 * Signals come from one thread of its own, as demand allows. One subscriber.
 */
final class PausingBytes implements Flow.Publisher<ByteBuffer> {
  private final byte[] bytes;
  private final int chunk;
  private final int pauseBefore;
  private final Duration pause;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  PausingBytes(byte[] bytes, int chunk, int pauseBefore, Duration pause) {
    this.bytes = bytes.clone();
    this.chunk = chunk;
    this.pauseBefore = pauseBefore;
    this.pause = pause;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    if (!subscribed.compareAndSet(false, true)) {
      throw new IllegalStateException("one subscriber only");
    }
    ScheduledExecutorService thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pausing-bytes");
              t.setDaemon(true);
              return t;
            });
    subscriber.onSubscribe(new Emitter(subscriber, thread));
  }

  /** All state is confined to {@code thread}. */
  private final class Emitter implements Flow.Subscription {
    private final Flow.Subscriber<? super ByteBuffer> subscriber;
    private final ScheduledExecutorService thread;
    private long demand;
    private int next;
    private boolean paused;
    private boolean pausing;
    private boolean over;

    Emitter(Flow.Subscriber<? super ByteBuffer> subscriber, ScheduledExecutorService thread) {
      this.subscriber = subscriber;
      this.thread = thread;
    }

    @Override
    public void request(long n) {
      run(
          () -> {
            demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            emit();
          });
    }

    @Override
    public void cancel() {
      run(this::end);
    }

    /** Runs {@code task} on the thread; nothing once the stream is over (the thread is gone). */
    private void run(Runnable task) {
      try {
        thread.execute(task);
      } catch (RejectedExecutionException e) {
        // over: completed or cancelled
      }
    }

    private void emit() {
      int count = (bytes.length + chunk - 1) / chunk;
      while (!over && !pausing && demand > 0 && next < count) {
        if (next == pauseBefore && !paused) {
          paused = true;
          pausing = true;
          thread.schedule(
              () -> {
                pausing = false;
                emit();
              },
              pause.toMillis(),
              TimeUnit.MILLISECONDS);
          return;
        }
        int from = next * chunk;
        demand--;
        next++;
        subscriber.onNext(ByteBuffer.wrap(bytes, from, Math.min(chunk, bytes.length - from)));
      }
      if (!over && next == count) {
        end();
        subscriber.onComplete();
      }
    }

    private void end() {
      over = true;
      thread.shutdown();
    }
  }
}
