package dev.jdxf.app.cli;

import dev.jdxf.cli.DebugOutput;
import dev.jdxf.cli.Environment;
import dev.jdxf.cli.Streams;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The one {@link Vertx} of a command-line run, created on first use (so {@code --help} and wrong
 * arguments never load Netty) and closed when the run ends. Vert.x and Netty log to stderr through
 * {@link StderrLogs}.
 */
@Singleton
final class VertxRuntime implements AutoCloseable {
  private static final long CLOSE_TIMEOUT_SECONDS = 5;

  private final Streams streams;
  private final boolean debug;
  private @Nullable Vertx vertx;

  @Inject
  VertxRuntime(@Named("args") List<String> args, Environment env, Streams streams) {
    this.streams = streams;
    this.debug = DebugOutput.wanted(args, env);
  }

  /** The Vert.x instance, started now when it is the first call. */
  Vertx vertx() {
    return vertx(false);
  }

  /**
   * The Vert.x instance, started now when it is the first call; then, for a command that reaches a
   * registry ({@code registry}), Netty's HTTP client code gets its first-use work done on another
   * thread while Vert.x starts ({@link NettyWarmUp}).
   */
  synchronized Vertx vertx(boolean registry) {
    Vertx v = vertx;
    if (v == null) {
      StderrLogs.install(streams.err(), debug);
      if (registry) {
        NettyWarmUp.start();
      }
      v = Vertx.vertx(options());
      vertx = v;
    }
    return v;
  }

  /** Small and quick to start: one event loop, no native transport, no classpath file cache. */
  static VertxOptions options() {
    return new VertxOptions()
        .setEventLoopPoolSize(1)
        .setWorkerPoolSize(4)
        .setInternalBlockingPoolSize(2)
        .setPreferNativeTransport(false)
        .setFileSystemOptions(
            new FileSystemOptions()
                .setClassPathResolvingEnabled(false)
                .setFileCachingEnabled(false));
  }

  /** Closes Vert.x when it was started; waits a little for its threads. */
  @Override
  public synchronized void close() {
    Vertx v = vertx;
    vertx = null;
    if (v == null) {
      return;
    }
    try {
      v.close()
          .toCompletionStage()
          .toCompletableFuture()
          .get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // the run is over; nothing useful to report
    }
  }
}
