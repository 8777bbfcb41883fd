package dev.jdxf.fs;

import dev.jdxf.domain.error.StorageException;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Streams the first {@code size} bytes of a file, one fresh buffer per chunk, reading the next
 * chunk only when the subscriber has asked for it. Reads run on Vert.x worker threads; the file is
 * opened on the first request and closed on completion, error or cancellation. One subscriber only.
 */
final class FileChunkPublisher implements Flow.Publisher<ByteBuffer> {
  private final Vertx vertx;
  private final Path file;
  private final long size;
  private final int chunkSize;
  private final OpenOption[] options;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  FileChunkPublisher(Vertx vertx, Path file, long size, int chunkSize, OpenOption... options) {
    this.vertx = vertx;
    this.file = file;
    this.size = size;
    this.chunkSize = chunkSize;
    this.options = options.clone();
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    if (!subscribed.compareAndSet(false, true)) {
      subscriber.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
          });
      subscriber.onError(new IllegalStateException("the content of " + file + " is streamed once"));
      return;
    }
    subscriber.onSubscribe(new Reader(subscriber));
  }

  /** The subscription: a drain loop that runs on one worker at a time. */
  private final class Reader implements Flow.Subscription {
    private final Flow.Subscriber<? super ByteBuffer> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile @Nullable Throwable badRequest;
    // confined to the drain loop, which runs on one thread at a time (wip hands it over)
    private @Nullable FileChannel channel;
    private long position;
    private boolean done;

    Reader(Flow.Subscriber<? super ByteBuffer> subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        badRequest = new IllegalArgumentException("request must be positive (rule 3.9): " + n);
      } else {
        demand.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
      }
      schedule();
    }

    @Override
    public void cancel() {
      cancelled = true;
      schedule();
    }

    private void schedule() {
      if (wip.getAndIncrement() == 0) {
        vertx.executeBlocking(
            () -> {
              drain();
              return null;
            },
            false);
      }
    }

    private void drain() {
      int missed = 1;
      while (true) {
        if (!done) {
          step();
        }
        missed = wip.addAndGet(-missed);
        if (missed == 0) {
          return;
        }
      }
    }

    /** Emits as many chunks as demanded, then the terminal signal once the last one is out. */
    private void step() {
      try {
        Throwable bad = badRequest;
        if (cancelled || bad != null) {
          finish();
          if (!cancelled && bad != null) {
            subscriber.onError(bad);
          }
          return;
        }
        while (position < size && demand.get() > 0 && !cancelled) {
          ByteBuffer chunk = readChunk();
          demand.decrementAndGet();
          subscriber.onNext(chunk);
        }
        if (cancelled) {
          finish();
        } else if (position >= size) {
          finish();
          subscriber.onComplete();
        }
      } catch (IOException e) {
        finish();
        subscriber.onError(IoErrors.storage("cannot read " + file, e));
      } catch (RuntimeException e) {
        finish();
        subscriber.onError(e);
      }
    }

    private ByteBuffer readChunk() throws IOException {
      FileChannel ch = channel;
      if (ch == null) {
        ch = FileChannel.open(file, options);
        channel = ch;
      }
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(chunkSize, size - position));
      while (buf.hasRemaining()) {
        int n = ch.read(buf, position + buf.position());
        if (n < 0) {
          throw new StorageException(
              file + " shrank while being read: expected " + size + " bytes, got " + position);
        }
      }
      position += buf.flip().remaining();
      return buf;
    }

    private void finish() {
      done = true;
      FileChannel ch = channel;
      channel = null;
      if (ch != null) {
        try {
          ch.close();
        } catch (IOException e) {
          // nothing was written through it; a failed close of a read-only channel loses nothing
        }
      }
    }
  }
}
