package dev.jdxf.http;

import dev.jdxf.domain.error.StorageException;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * The next {@code limit} bytes of a {@link FlowSource} (or all of them) as a Vert.x {@link
 * ReadStream}, for piping into a request. Demand from the pipe ({@code pause}/{@code resume}/
 * {@code fetch}) becomes Flow demand; nothing is read ahead beyond the source's small window.
 */
final class ChunkStream implements ReadStream<Buffer> {
  private final FlowSource source;
  private final Context context;
  private final boolean exact;
  private long remaining;
  private long demand = Long.MAX_VALUE;
  private boolean ended;
  private boolean draining;
  private @Nullable Handler<Buffer> handler;
  private @Nullable Handler<Void> endHandler;
  private @Nullable Handler<Throwable> exceptionHandler;

  /**
   * @param exact whether the source must give all {@code limit} bytes (a declared size); ending
   *     early is then a failure instead of a short stream
   */
  ChunkStream(FlowSource source, long limit, boolean exact) {
    this.source = source;
    this.context = source.context();
    this.remaining = limit;
    this.exact = exact;
  }

  @Override
  public ChunkStream exceptionHandler(@Nullable Handler<Throwable> h) {
    onContext(() -> exceptionHandler = h);
    return this;
  }

  @Override
  public ChunkStream handler(@Nullable Handler<Buffer> h) {
    onContext(
        () -> {
          handler = h;
          drain();
        });
    return this;
  }

  @Override
  public ChunkStream pause() {
    onContext(() -> demand = 0);
    return this;
  }

  @Override
  public ChunkStream resume() {
    onContext(
        () -> {
          demand = Long.MAX_VALUE;
          drain();
        });
    return this;
  }

  @Override
  public ChunkStream fetch(long amount) {
    onContext(
        () -> {
          demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
          drain();
        });
    return this;
  }

  @Override
  public ChunkStream endHandler(@Nullable Handler<Void> h) {
    onContext(() -> endHandler = h);
    return this;
  }

  private void drain() {
    if (draining || ended) {
      return;
    }
    draining = true;
    try {
      source.listener(this::drain);
      while (!ended && handler != null) {
        // a failure ends the stream even while the request waits for the socket (no demand)
        Throwable failure = source.failure();
        if (failure == null && exact && remaining > 0 && source.exhausted()) {
          failure =
              new StorageException(
                  "the blob source ended after "
                      + source.count()
                      + " bytes, "
                      + remaining
                      + " fewer than its declared size");
        }
        if (failure != null) {
          finish();
          Handler<Throwable> h = exceptionHandler;
          if (h != null) {
            h.handle(failure);
          }
          return;
        }
        if (demand <= 0) {
          return;
        }
        if (remaining == 0 || source.exhausted()) {
          finish();
          Handler<Void> h = endHandler;
          if (h != null) {
            h.handle(null);
          }
          return;
        }
        ByteBuffer next = source.poll(remaining);
        // keep the source's window full, so the next buffers are read while this one is sent
        source.want();
        if (next == null) {
          return;
        }
        remaining -= next.remaining();
        if (demand != Long.MAX_VALUE) {
          demand--;
        }
        Handler<Buffer> h = handler;
        if (h != null) {
          h.handle(Chunks.toBuffer(next));
        }
      }
    } finally {
      draining = false;
    }
  }

  private void finish() {
    ended = true;
    source.listener(null);
  }

  private void onContext(Runnable action) {
    if (Vertx.currentContext() == context) {
      action.run();
    } else {
      context.runOnContext(v -> action.run());
    }
  }
}
