package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A warm-up runs on a daemon thread of its own, and whatever it throws is never printed. */
class WarmUpsTest {
  @Test
  void aWarmUpThatThrowsAnErrorPrintsNothing() throws InterruptedException {
    PrintStream stderr = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtomicReference<Thread> ran = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      WarmUps.start(
          "jdxf-test-warm-up",
          () -> {
            ran.set(Thread.currentThread());
            done.countDown();
            throw new ExceptionInInitializerError("boom");
          });
      assertTrue(done.await(10, TimeUnit.SECONDS));
      Thread thread = Objects.requireNonNull(ran.get());
      thread.join(10_000);
      assertEquals("jdxf-test-warm-up", thread.getName());
      assertTrue(thread.isDaemon());
    } finally {
      System.setErr(stderr);
    }
    assertEquals("", bytes.toString(StandardCharsets.UTF_8));
  }
}
