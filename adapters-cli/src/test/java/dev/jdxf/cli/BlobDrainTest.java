package dev.jdxf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlobDrainTest {
  private final ExecutorService producer = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    producer.shutdownNow();
  }

  /**
   * Emits {@code chunks} buffers of {@code size} bytes from another thread, honouring demand, and
   * records how far ahead of the consumer it ever got.
   */
  final class Source implements Flow.Publisher<ByteBuffer> {
    final int chunks;
    final int size;
    final AtomicLong maxOutstanding = new AtomicLong();
    final AtomicBoolean cancelled = new AtomicBoolean();
    final @Nullable RuntimeException failure;

    Source(int chunks, int size, @Nullable RuntimeException failure) {
      this.chunks = chunks;
      this.size = size;
      this.failure = failure;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> s) {
      AtomicLong demand = new AtomicLong();
      AtomicLong sent = new AtomicLong();
      s.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {
              demand.addAndGet(n);
              producer.execute(this::emit);
            }

            private synchronized void emit() {
              while (demand.get() > 0 && sent.get() < chunks && !cancelled.get()) {
                demand.decrementAndGet();
                long i = sent.incrementAndGet();
                maxOutstanding.accumulateAndGet(demand.get(), Math::max);
                byte[] b = new byte[size];
                java.util.Arrays.fill(b, (byte) i);
                s.onNext(ByteBuffer.wrap(b));
              }
              if (sent.get() == chunks && sent.getAndIncrement() == chunks) {
                RuntimeException f = failure;
                if (f != null) {
                  s.onError(f);
                } else {
                  s.onComplete();
                }
              }
            }

            @Override
            public void cancel() {
              cancelled.set(true);
            }
          });
    }
  }

  @Test
  void writesEveryByteInOrderWithBoundedDemand() {
    Source source = new Source(1000, 100, null);
    OutputTest.RecordingChannel channel = new OutputTest.RecordingChannel();
    Output out = new Output(channel, 4096);
    BlobDrain.drain(source, out);
    out.flush();
    byte[] written = channel.bytes.toByteArray();
    assertEquals(100_000, written.length);
    for (int i = 0; i < 1000; i++) {
      assertEquals((byte) (i + 1), written[i * 100]);
    }
    assertTrue(source.maxOutstanding.get() <= BlobDrain.WINDOW, "demand stays within the window");
  }

  @Test
  void thePublishersFailureIsThrownAfterTheBytes() {
    IllegalStateException mismatch = new IllegalStateException("digest mismatch");
    Source source = new Source(5, 10, mismatch);
    OutputTest.RecordingChannel channel = new OutputTest.RecordingChannel();
    Output out = new Output(channel, 1);
    RuntimeException e = assertThrows(RuntimeException.class, () -> BlobDrain.drain(source, out));
    assertSame(mismatch, e);
    out.flush(); // as every command does, failed or not
    assertEquals(50, channel.bytes.size(), "the bytes before the failure were written");
  }

  @Test
  void aFailedWriteCancelsTheSubscription() {
    Source source = new Source(100, 10, null);
    Output out =
        new Output(
            new java.nio.channels.WritableByteChannel() {
              @Override
              public int write(ByteBuffer src) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
              }

              @Override
              public boolean isOpen() {
                return true;
              }

              @Override
              public void close() {}
            },
            1);
    assertThrows(RuntimeException.class, () -> BlobDrain.drain(source, out));
    assertTrue(source.cancelled.get());
  }
}
