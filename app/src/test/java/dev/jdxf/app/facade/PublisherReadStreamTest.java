package dev.jdxf.app.facade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublisherReadStreamTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private <T> Future<T> onContext(java.util.function.Function<Context, Future<T>> action) {
    Context context = vertx.getOrCreateContext();
    CompletableFuture<Future<T>> started = new CompletableFuture<>();
    context.runOnContext(v -> started.complete(action.apply(context)));
    return Future.fromCompletionStage(started).compose(f -> f);
  }

  @Test
  void aSlowDestinationHoldsThePublisherBackAndGetsEveryByte() throws Exception {
    int chunks = 400;
    int chunkSize = 1024;
    try (CountingPublisher source = new CountingPublisher(chunks, chunkSize)) {
      SlowWriteStream slow = new SlowWriteStream(vertx, 4);
      await(
          onContext(
              ctx -> new PublisherReadStream(source, ctx).pipe().endOnFailure(false).to(slow)));
      assertArrayEquals(CountingPublisher.expected(chunks, chunkSize), slow.written());
      assertTrue(slow.ended);
      // the slow stream's queue stayed small: the pipe paused the read stream when it was full,
      // and the paused stream stopped asking the publisher for more
      assertTrue(slow.largestQueue <= 4 + 1, "largest write queue " + slow.largestQueue);
    }
  }

  @Test
  void demandNeverRunsAheadOfTheWindowWhilePaused() throws Exception {
    try (CountingPublisher source = new CountingPublisher(1000, 16)) {
      PublisherReadStream stream =
          await(onContext(ctx -> Future.succeededFuture(new PublisherReadStream(source, ctx))));
      CompletableFuture<Integer> got = new CompletableFuture<>();
      int[] count = {0};
      vertx.runOnContext(
          v -> {
            stream.pause();
            stream.handler(b -> count[0]++);
            stream.fetch(3);
          });
      // let the publisher run: with demand 3 it may be asked for at most the window
      Thread.sleep(200);
      vertx.runOnContext(v -> got.complete(count[0]));
      // the read stream runs on a context of its own; read the count there
      assertEquals(3, got.get(5, TimeUnit.SECONDS));
      assertTrue(
          source.requested.get() <= PublisherReadStream.WINDOW,
          "requested " + source.requested.get());
      assertTrue(source.emitted.get() <= PublisherReadStream.WINDOW);
    }
  }

  @Test
  void aPublisherFailureFailsThePipeWithoutEndingTheDestination() throws Exception {
    IllegalStateException boom = new IllegalStateException("digest mismatch");
    try (CountingPublisher source = new CountingPublisher(10, 100, boom)) {
      SlowWriteStream slow = new SlowWriteStream(vertx, 4);
      ExecutionException failure =
          org.junit.jupiter.api.Assertions.assertThrows(
              ExecutionException.class,
              () ->
                  await(
                      onContext(
                          ctx ->
                              new PublisherReadStream(source, ctx)
                                  .pipe()
                                  .endOnFailure(false)
                                  .to(slow))));
      assertSame(boom, failure.getCause());
      assertFalse(slow.ended);
    }
  }

  @Test
  void removingTheDataHandlerCancelsThePublisher() throws Exception {
    try (CountingPublisher source = new CountingPublisher(1000, 16)) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      onContext(
          ctx -> {
            PublisherReadStream stream = new PublisherReadStream(source, ctx);
            int[] seen = {0};
            stream.handler(
                b -> {
                  if (++seen[0] == 5) {
                    stream.handler(null);
                    done.complete(null);
                  }
                });
            return Future.<Buffer>succeededFuture();
          });
      done.get(5, TimeUnit.SECONDS);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!source.cancelled.get() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(source.cancelled.get());
      assertTrue(source.emitted.get() < 1000);
    }
  }
}
