package dev.jdxf.app.facade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadStreamPublisherTest {
  private final Vertx vertx = Vertx.vertx();
  @TempDir Path dir;

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private AsyncFile open(byte[] content) throws Exception {
    Path file = dir.resolve("content");
    Files.write(file, content);
    return vertx
        .fileSystem()
        .open(file.toString(), new OpenOptions().setRead(true))
        .toCompletionStage()
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS)
        .setReadBufferSize(4096);
  }

  /** Asks for one buffer at a time, only after the previous one arrived, from another thread. */
  private static final class OneAtATime implements Flow.Subscriber<ByteBuffer> {
    final ByteArrayOutputStream received = new ByteArrayOutputStream();
    final CompletableFuture<byte[]> done = new CompletableFuture<>();
    final AtomicInteger outstanding = new AtomicInteger();
    volatile int mostOutstanding;
    volatile Flow.@Nullable Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      outstanding.incrementAndGet();
      s.request(1);
    }

    @Override
    public void onNext(ByteBuffer item) {
      int now = outstanding.decrementAndGet();
      mostOutstanding = Math.max(mostOutstanding, -now);
      byte[] bytes = new byte[item.remaining()];
      item.get(bytes);
      received.writeBytes(bytes);
      new Thread(
              () -> {
                outstanding.incrementAndGet();
                Flow.Subscription s = subscription;
                if (s != null) {
                  s.request(1);
                }
              })
          .start();
    }

    @Override
    public void onError(Throwable t) {
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      done.complete(received.toByteArray());
    }
  }

  @Test
  void deliversEveryByteOnlyAsFastAsRequested() throws Exception {
    byte[] content = new byte[300_000];
    new Random(7).nextBytes(content);
    AsyncFile file = open(content);
    Context context = vertx.getOrCreateContext();
    OneAtATime subscriber = new OneAtATime();
    new ReadStreamPublisher(file, context).subscribe(subscriber);
    assertArrayEquals(content, subscriber.done.get(30, TimeUnit.SECONDS));
    // never more buffers than requested: "outstanding" never went below zero
    assertEquals(0, subscriber.mostOutstanding);
  }

  @Test
  void refusesASecondSubscriber() throws Exception {
    AsyncFile file = open(new byte[10]);
    ReadStreamPublisher publisher = new ReadStreamPublisher(file, vertx.getOrCreateContext());
    publisher.subscribe(new OneAtATime());
    OneAtATime second = new OneAtATime();
    publisher.subscribe(second);
    Throwable failure =
        org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class,
                () -> second.done.get(5, TimeUnit.SECONDS))
            .getCause();
    assertInstanceOf(IllegalStateException.class, failure);
  }

  @Test
  void aNonPositiveRequestIsAnError() throws Exception {
    AsyncFile file = open(new byte[10]);
    CompletableFuture<Throwable> error = new CompletableFuture<>();
    new ReadStreamPublisher(file, vertx.getOrCreateContext())
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                s.request(0);
              }

              @Override
              public void onNext(ByteBuffer item) {
                error.completeExceptionally(new AssertionError("no demand, yet got bytes"));
              }

              @Override
              public void onError(Throwable t) {
                error.complete(t);
              }

              @Override
              public void onComplete() {
                error.completeExceptionally(new AssertionError("completed without demand"));
              }
            });
    Throwable t = error.get(5, TimeUnit.SECONDS);
    assertInstanceOf(IllegalArgumentException.class, t);
    assertTrue(String.valueOf(t.getMessage()).contains("3.9"));
  }
}
