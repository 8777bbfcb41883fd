package dev.jdxf.app.facade;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * A write stream that takes one buffer per millisecond, with a write queue of {@code maxQueue}
 * buffers: a destination much slower than its source, to exercise back-pressure.
 */
final class SlowWriteStream implements WriteStream<Buffer> {
  private final Vertx vertx;
  private final ArrayDeque<Buffer> queue = new ArrayDeque<>();
  private final ByteArrayOutputStream written = new ByteArrayOutputStream();
  private int maxQueue;
  private @Nullable Handler<Void> drainHandler;
  private boolean timerRunning;
  boolean ended;
  int largestQueue;

  SlowWriteStream(Vertx vertx, int maxQueue) {
    this.vertx = vertx;
    this.maxQueue = maxQueue;
  }

  byte[] written() {
    return written.toByteArray();
  }

  @Override
  public WriteStream<Buffer> exceptionHandler(@Nullable Handler<Throwable> handler) {
    return this;
  }

  @Override
  public Future<Void> write(Buffer data) {
    queue.add(data);
    largestQueue = Math.max(largestQueue, queue.size());
    if (!timerRunning) {
      timerRunning = true;
      vertx.setTimer(1, id -> takeOne());
    }
    return Future.succeededFuture();
  }

  private void takeOne() {
    Buffer next = queue.poll();
    if (next != null) {
      written.writeBytes(next.getBytes());
    }
    Handler<Void> drain = drainHandler;
    if (drain != null && queue.size() <= maxQueue / 2) {
      drainHandler = null;
      drain.handle(null);
    }
    if (queue.isEmpty()) {
      timerRunning = false;
    } else {
      vertx.setTimer(1, id -> takeOne());
    }
  }

  @Override
  public Future<Void> end() {
    ended = true;
    while (!queue.isEmpty()) {
      written.writeBytes(queue.poll().getBytes());
    }
    return Future.succeededFuture();
  }

  @Override
  public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
    maxQueue = maxSize;
    return this;
  }

  @Override
  public boolean writeQueueFull() {
    return queue.size() >= maxQueue;
  }

  @Override
  public WriteStream<Buffer> drainHandler(@Nullable Handler<Void> handler) {
    drainHandler = handler;
    return this;
  }
}
