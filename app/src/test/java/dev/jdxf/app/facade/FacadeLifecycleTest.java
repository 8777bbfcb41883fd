package dev.jdxf.app.facade;

import static dev.jdxf.app.facade.FacadeTesting.await;
import static dev.jdxf.app.facade.FacadeTesting.randomBytes;
import static dev.jdxf.app.facade.FacadeTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.model.Digest;
import dev.jdxf.testing.RegistryExtension;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.threadchecker.BlockedThreadChecker;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The facade lives on the caller's Vertx: it never blocks it and never closes it. */
class FacadeLifecycleTest {
  @RegisterExtension static final RegistryExtension SERVER = RegistryExtension.plain();

  /**
   * An event loop busy for longer than this is reported by Vert.x's blocked-thread checker. The
   * checker measures wall time, so the limit leaves room for a loaded 2-core machine (a load
   * average of 16 was seen while other builds ran): it catches an event loop that waits (for a
   * response, a file, a lock, an {@code await()}), not a short burst of hashing.
   */
  private static final long MAX_EVENT_LOOP_MILLIS = 1000;

  @TempDir Path dir;
  private final List<String> blockedWarnings = new CopyOnWriteArrayList<>();
  private final Logger checkerLog = Logger.getLogger(BlockedThreadChecker.LOGGER_NAME);
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          Throwable where = record.getThrown();
          StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
          if (where != null) {
            for (StackTraceElement e : where.getStackTrace()) {
              text.append("\n    at ").append(e);
            }
          }
          blockedWarnings.add(text.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Vertx vertx =
      Vertx.vertx(
          new VertxOptions()
              .setMaxEventLoopExecuteTime(MAX_EVENT_LOOP_MILLIS)
              .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
              .setWarningExceptionTime(MAX_EVENT_LOOP_MILLIS)
              .setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS)
              .setBlockedThreadCheckInterval(10)
              .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS));

  @BeforeEach
  void listen() {
    checkerLog.addHandler(capture);
  }

  @AfterEach
  void close() throws Exception {
    checkerLog.removeHandler(capture);
    await(vertx.close());
  }

  /** Runs {@code action} on an event loop and returns what it returns. */
  private <T> Future<T> onEventLoop(java.util.function.Supplier<Future<T>> action) {
    Context context = vertx.getOrCreateContext();
    Promise<T> result = Promise.promise();
    context.runOnContext(v -> action.get().onComplete(result));
    return result.future();
  }

  @Test
  void theBlockedThreadCheckerIsHeard() throws Exception {
    // proves the assertion below can fail: block an event loop on purpose
    await(
        onEventLoop(
            () -> {
              long end =
                  System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2 * MAX_EVENT_LOOP_MILLIS);
              while (System.nanoTime() < end) {
                Thread.onSpinWait();
              }
              return Future.succeededFuture();
            }));
    assertTrue(!blockedWarnings.isEmpty(), "the checker did not report a long block");
  }

  @Test
  void pushAndPullFromAnEventLoopNeverBlockIt() throws Exception {
    byte[] content = randomBytes(64 * 1024 * 1024, 21);
    Path file = write(dir, "blob", content);
    JdxfRegistry registry = Jdxf.registry(vertx, FacadeTesting.options(SERVER));
    JdxfRepository repo = registry.repository(FacadeTesting.freshRepository());
    List<Boolean> onEventLoopThread = new CopyOnWriteArrayList<>();

    List<Buffer> pulled = new CopyOnWriteArrayList<>();
    await(
        onEventLoop(
            () ->
                repo.pushBlob(file)
                    .compose(
                        d -> {
                          onEventLoopThread.add(Context.isOnEventLoopThread());
                          return repo.pullBlob(d);
                        })
                    .compose(
                        blob -> {
                          onEventLoopThread.add(Context.isOnEventLoopThread());
                          Promise<Void> end = Promise.promise();
                          blob.stream().exceptionHandler(end::tryFail).endHandler(end::tryComplete);
                          blob.stream().handler(pulled::add);
                          return end.future();
                        })));
    // checked here, off the event loop
    java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
    pulled.forEach(b -> sha256.update(b.getBytes()));
    Digest digest = Digest.of(dev.jdxf.domain.model.DigestAlgorithm.SHA256, sha256.digest());
    await(registry.close());

    assertEquals(Jdxf.hashBytes(content), digest);
    assertEquals(List.of(true, true), onEventLoopThread, "results arrive on the event loop");
    assertEquals(List.of(), blockedWarnings, "an event loop was blocked");
  }

  @Test
  void closeClosesOnlyWhatTheFacadeCreated() throws Exception {
    JdxfRegistry registry = Jdxf.registry(vertx, FacadeTesting.options(SERVER));
    JdxfRepository repo = registry.repository(FacadeTesting.freshRepository());
    Digest digest = await(repo.pushBlob(write(dir, "blob", randomBytes(100, 22))));

    await(registry.close());
    await(registry.close()); // twice is harmless

    IllegalStateException closed =
        assertThrows(IllegalStateException.class, () -> await(repo.blobSize(digest)));
    assertTrue(String.valueOf(closed.getMessage()).contains("closed"));
    // the caller's Vertx still runs timers, and a new registry object on it still works
    Promise<String> timer = Promise.promise();
    vertx.setTimer(1, id -> timer.complete("fired"));
    assertEquals("fired", await(timer.future()));
    JdxfRegistry again = Jdxf.registry(vertx, FacadeTesting.options(SERVER));
    assertEquals(100, await(again.repository(repo.name().value()).blobSize(digest)));
    await(again.close());
  }
}
