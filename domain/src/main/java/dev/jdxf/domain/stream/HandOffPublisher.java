package dev.jdxf.domain.stream;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * An asynchronous boundary: the upstream's thread only queues items, and a drain loop on an {@link
 * Executor} hands them to the subscriber, so whatever the subscriber does with them (hashing,
 * copying) overlaps with the upstream producing the next ones.
 *
 * <p>At most {@code prefetch} items are requested ahead of what the subscriber has taken; three
 * quarters of that are requested again once taken. Items keep their order; completion reaches the
 * subscriber after the last queued item, an upstream error at once (queued items are dropped). The
 * subscriber's signals never overlap: one drain loop runs at a time. One subscriber.
 */
final class HandOffPublisher<T> implements Flow.Publisher<T> {
  private final Flow.Publisher<T> upstream;
  private final Executor executor;
  private final int prefetch;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  HandOffPublisher(Flow.Publisher<T> upstream, Executor executor, int prefetch) {
    if (prefetch < 1) {
      throw new IllegalArgumentException("prefetch must be positive: " + prefetch);
    }
    this.upstream = Objects.requireNonNull(upstream, "upstream");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.prefetch = prefetch;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    if (!subscribed.compareAndSet(false, true)) {
      subscriber.onSubscribe(NoSubscription.INSTANCE);
      subscriber.onError(new IllegalStateException("this stream accepts one subscriber"));
      return;
    }
    upstream.subscribe(new Boundary(subscriber));
  }

  private final class Boundary implements Flow.Subscriber<T>, Flow.Subscription, Runnable {
    private final Flow.Subscriber<? super T> downstream;
    private final int limit = prefetch - (prefetch >> 2);
    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private final AtomicReference<@Nullable Throwable> error = new AtomicReference<>();
    private volatile Flow.@Nullable Subscription upstreamSubscription;
    private volatile boolean cancelled;
    private volatile boolean done;
    // confined to the drain loop (one thread at a time, handed over through wip); every call on
    // the upstream's subscription is made there, so they are serial (rule 2.7)
    private boolean started;
    private int taken;
    private boolean terminated;

    Boundary(Flow.Subscriber<? super T> downstream) {
      this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      if (upstreamSubscription != null) {
        s.cancel();
        return;
      }
      upstreamSubscription = s;
      downstream.onSubscribe(this);
      schedule();
    }

    @Override
    public void onNext(T item) {
      if (queued.incrementAndGet() > prefetch) {
        fail(new IllegalStateException("the upstream sent more items than requested"));
        return;
      }
      queue.add(item);
      schedule();
    }

    @Override
    public void onError(Throwable throwable) {
      fail(throwable);
    }

    @Override
    public void onComplete() {
      done = true;
      schedule();
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        fail(new IllegalArgumentException("Flow demand must be positive (rule 3.9): " + n));
        return;
      }
      requested.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
      schedule();
    }

    @Override
    public void cancel() {
      cancelled = true;
      schedule();
    }

    /** The first failure wins; the drain loop stops the upstream and passes it on. */
    private void fail(Throwable e) {
      error.compareAndSet(null, e);
      schedule();
    }

    private void schedule() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      try {
        executor.execute(this);
      } catch (RejectedExecutionException e) {
        // no drain loop runs and wip stays raised, so none ever will: this thread takes its place
        cancelUpstream();
        queue.clear();
        if (!terminated && !cancelled) {
          terminated = true;
          downstream.onError(e);
        }
      }
    }

    /** The drain loop. */
    @Override
    public void run() {
      int missed = 1;
      do {
        if (!terminated) {
          drain();
        }
        missed = wip.addAndGet(-missed);
      } while (missed != 0);
    }

    private void drain() {
      Flow.Subscription s = upstreamSubscription;
      if (s != null && !started) {
        started = true;
        s.request(prefetch);
      }
      long demand = requested.get();
      long emitted = 0;
      while (true) {
        if (cancelled) {
          stop(null);
          return;
        }
        boolean finished = done;
        Throwable failure = error.get();
        if (failure != null) {
          stop(failure);
          return;
        }
        T item = emitted == demand ? null : queue.poll();
        if (item == null) {
          if (finished && queue.isEmpty()) {
            terminated = true;
            downstream.onComplete();
            return;
          }
          break;
        }
        queued.decrementAndGet();
        emitted++;
        try {
          downstream.onNext(item);
        } catch (RuntimeException e) {
          stop(e);
          return;
        }
        if (++taken == limit) {
          taken = 0;
          if (s != null && !done) {
            s.request(limit);
          }
        }
      }
      if (emitted != 0 && demand != Long.MAX_VALUE) {
        requested.addAndGet(-emitted);
      }
    }

    /** Cancelled (no failure) or failed: stop the upstream, drop what is queued, tell the rest. */
    private void stop(@Nullable Throwable failure) {
      terminated = true;
      cancelUpstream();
      queue.clear();
      if (failure != null && !cancelled) {
        downstream.onError(failure);
      }
    }

    private void cancelUpstream() {
      Flow.Subscription s = upstreamSubscription;
      if (s != null) {
        s.cancel();
      }
    }
  }
}
