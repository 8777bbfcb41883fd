package dev.jdxf.domain.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class HandOffPublisherTest {

  /** Runs tasks only when the test says so, on the test's thread. */
  static final class StepExecutor implements java.util.concurrent.Executor {
    final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void runAll() {
      for (Runnable r = tasks.poll(); r != null; r = tasks.poll()) {
        r.run();
      }
    }
  }

  /** A publisher the test drives by hand, recording what its subscriber asks for. */
  static final class ManualPublisher implements Flow.Publisher<ByteBuffer>, Flow.Subscription {
    final List<Long> requests = new ArrayList<>();
    boolean cancelled;
    Flow.@Nullable Subscriber<? super ByteBuffer> subscriber;

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> s) {
      subscriber = s;
      s.onSubscribe(this);
    }

    @Override
    public void request(long n) {
      requests.add(n);
    }

    @Override
    public void cancel() {
      cancelled = true;
    }

    Flow.Subscriber<? super ByteBuffer> subscriber() {
      return java.util.Objects.requireNonNull(subscriber);
    }

    long requested() {
      return requests.stream().mapToLong(Long::longValue).sum();
    }

    void emit(int... sizes) {
      for (int size : sizes) {
        subscriber().onNext(ByteBuffer.allocate(size));
      }
    }
  }

  final StepExecutor executor = new StepExecutor();
  final ManualPublisher upstream = new ManualPublisher();
  final RecordingSubscriber sub = new RecordingSubscriber();

  void subscribe(int prefetch) {
    new HandOffPublisher<>(upstream, executor, prefetch).subscribe(sub);
    executor.runAll();
  }

  @Test
  void prefetchesUpToItsBoundBeforeAnyDemandAndDeliversNothingUnasked() {
    subscribe(4);
    assertEquals(List.of(4L), upstream.requests);
    upstream.emit(1, 2, 3, 4);
    executor.runAll();
    assertEquals(List.of("subscribe"), sub.signals);
    assertEquals(List.of(4L), upstream.requests);
  }

  @Test
  void deliversInOrderWithinDemandAndRequestsMoreAsItemsAreTaken() {
    subscribe(4);
    upstream.emit(1, 2, 3, 4);
    sub.request(2);
    executor.runAll();
    assertEquals(List.of("subscribe", "next 1", "next 2"), sub.signals);
    assertEquals(List.of(4L), upstream.requests, "three quarters of 4 taken before asking again");
    sub.request(5);
    executor.runAll();
    assertEquals(List.of("subscribe", "next 1", "next 2", "next 3", "next 4"), sub.signals);
    assertEquals(List.of(4L, 3L), upstream.requests);
    upstream.emit(5, 6, 7);
    executor.runAll();
    assertEquals(
        List.of("subscribe", "next 1", "next 2", "next 3", "next 4", "next 5", "next 6", "next 7"),
        sub.signals);
    assertEquals(List.of(4L, 3L, 3L), upstream.requests);
  }

  @Test
  void neverHoldsMoreThanThePrefetchAheadOfTheSubscriber() {
    subscribe(8);
    for (int taken = 0; taken < 100; taken++) {
      long ahead = upstream.requested() - taken;
      assertTrue(ahead <= 8 && ahead >= 2, "requested ahead: " + ahead);
      upstream.emit(1);
      sub.request(1);
      executor.runAll();
    }
    assertEquals(101, sub.signals.size());
  }

  @Test
  void completesOnlyAfterTheQueuedItemsAreDelivered() {
    subscribe(4);
    upstream.emit(1, 2);
    upstream.subscriber().onComplete();
    executor.runAll();
    assertEquals(
        List.of("subscribe"), sub.signals, "no demand yet: the items wait, so does the end");
    sub.request(1);
    executor.runAll();
    assertEquals(List.of("subscribe", "next 1"), sub.signals);
    sub.request(1);
    executor.runAll();
    assertEquals(List.of("subscribe", "next 1", "next 2", "complete"), sub.signals);
  }

  @Test
  void completesAnEmptyStreamWithoutDemand() {
    subscribe(4);
    upstream.subscriber().onComplete();
    executor.runAll();
    assertEquals(List.of("subscribe", "complete"), sub.signals);
  }

  @Test
  void passesAnErrorOnAtOnceDroppingWhatIsQueued() {
    subscribe(4);
    upstream.emit(1, 2);
    upstream.subscriber().onError(new IllegalStateException("x"));
    executor.runAll();
    assertEquals(List.of("subscribe", "error IllegalStateException"), sub.signals);
    sub.request(5);
    executor.runAll();
    assertEquals(1, sub.terminals());
    assertEquals(2, sub.signals.size());
  }

  @Test
  void cancelStopsTheUpstreamAndEverySignal() {
    subscribe(4);
    upstream.emit(1, 2);
    sub.request(1);
    executor.runAll();
    sub.cancel();
    executor.runAll();
    assertTrue(upstream.cancelled);
    sub.request(5);
    upstream.emit(3);
    upstream.subscriber().onComplete();
    executor.runAll();
    assertEquals(List.of("subscribe", "next 1"), sub.signals);
    assertEquals(List.of(4L), upstream.requests);
  }

  @Test
  void nonPositiveDemandFailsAndCancelsTheUpstream() {
    subscribe(4);
    sub.request(0);
    executor.runAll();
    assertTrue(upstream.cancelled);
    assertEquals(List.of("subscribe", "error IllegalArgumentException"), sub.signals);
  }

  @Test
  void anUpstreamIgnoringDemandFailsTheStream() {
    subscribe(2);
    upstream.emit(1, 1, 1);
    executor.runAll();
    assertTrue(upstream.cancelled);
    assertEquals(List.of("subscribe", "error IllegalStateException"), sub.signals);
  }

  @Test
  void aRejectingExecutorFailsTheStream() {
    new HandOffPublisher<>(
            upstream,
            r -> {
              throw new RejectedExecutionException("closed");
            },
            4)
        .subscribe(sub);
    assertTrue(upstream.cancelled);
    assertEquals(List.of("subscribe", "error RejectedExecutionException"), sub.signals);
    sub.request(1);
    assertEquals(1, sub.terminals());
  }

  @Test
  void aThrowingSubscriberCancelsTheUpstream() {
    AtomicInteger errors = new AtomicInteger();
    new HandOffPublisher<>(upstream, executor, 4)
        .subscribe(
            new Flow.Subscriber<ByteBuffer>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                s.request(10);
              }

              @Override
              public void onNext(ByteBuffer item) {
                throw new IllegalStateException("bad subscriber");
              }

              @Override
              public void onError(Throwable throwable) {
                errors.incrementAndGet();
              }

              @Override
              public void onComplete() {}
            });
    executor.runAll();
    upstream.emit(1, 2);
    executor.runAll();
    assertTrue(upstream.cancelled);
    assertEquals(1, errors.get());
  }

  @Test
  void acceptsOneSubscriber() {
    HandOffPublisher<ByteBuffer> p = new HandOffPublisher<>(upstream, executor, 4);
    p.subscribe(new RecordingSubscriber());
    p.subscribe(sub);
    assertEquals(List.of("subscribe", "error IllegalStateException"), sub.signals);
  }

  @Test
  void movesEveryByteInOrderBetweenRealThreadsWithoutOverlappingSignals() throws Exception {
    byte[] data = new byte[4 * 1024 * 1024 + 17];
    new Random(3).nextBytes(data);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicBoolean inside = new AtomicBoolean();
    AtomicBoolean overlapped = new AtomicBoolean();
    try (SubmissionPublisher<ByteBuffer> source = new SubmissionPublisher<>(pool, 4)) {
      Flow.Publisher<ByteBuffer> guarded =
          s ->
              new HandOffPublisher<>(source, pool, 3)
                  .subscribe(
                      new Flow.Subscriber<ByteBuffer>() {
                        @Override
                        public void onSubscribe(Flow.Subscription subscription) {
                          s.onSubscribe(subscription);
                        }

                        @Override
                        public void onNext(ByteBuffer item) {
                          if (!inside.compareAndSet(false, true)) {
                            overlapped.set(true);
                          }
                          s.onNext(item);
                          inside.set(false);
                        }

                        @Override
                        public void onError(Throwable t) {
                          s.onError(t);
                        }

                        @Override
                        public void onComplete() {
                          s.onComplete();
                        }
                      });
      var result = SmallContent.collect(guarded, data.length);
      Random sizes = new Random(5);
      for (int off = 0; off < data.length; ) {
        int n = Math.min(1 + sizes.nextInt(20_000), data.length - off);
        source.submit(ByteBuffer.wrap(data, off, n));
        off += n;
      }
      source.close();
      assertArrayEquals(data, result.toCompletableFuture().get(30, TimeUnit.SECONDS));
      assertFalse(overlapped.get(), "onNext calls overlapped");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsANonPositivePrefetch() {
    assertThrows(
        IllegalArgumentException.class, () -> new HandOffPublisher<>(upstream, executor, 0));
  }
}
