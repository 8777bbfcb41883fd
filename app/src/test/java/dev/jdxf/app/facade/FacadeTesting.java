package dev.jdxf.app.facade;

import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ProgressListener;
import dev.jdxf.testing.RegistryExtension;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Helpers shared by the facade tests. */
final class FacadeTesting {
  private static final AtomicInteger REPOSITORIES = new AtomicInteger();

  private FacadeTesting() {}

  /** Waits for a future from a test thread (never from an event loop). */
  static <T> T await(Future<T> future) throws Exception {
    try {
      return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Options reaching the harness registry the way its mode needs. */
  static JdxfOptions options(RegistryExtension registry) {
    JdxfOptions.Builder b = JdxfOptions.builder(registry.host());
    if (registry.isTls()) {
      b.caBundle(registry.caPemPath()).credentials(registry.username(), registry.password());
    } else {
      b.insecure(true);
    }
    return b.build();
  }

  /** A repository name no other test uses. */
  static String freshRepository() {
    return "facade/repo-" + REPOSITORIES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
  }

  static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static Path write(Path dir, String name, byte[] content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  /** All of a stream's bytes (tests only: blobs are small here). */
  static Future<Buffer> collect(ReadStream<Buffer> stream) {
    Promise<Buffer> done = Promise.promise();
    Buffer all = Buffer.buffer();
    stream.exceptionHandler(done::tryFail);
    stream.endHandler(v -> done.tryComplete(all));
    stream.handler(all::appendBuffer);
    return done.future();
  }

  /** Records every progress call. */
  static final class Recorder implements ProgressListener {
    final List<long[]> calls = new CopyOnWriteArrayList<>();
    final List<Digest> digests = new CopyOnWriteArrayList<>();

    @Override
    public void progress(Digest digest, long done, long total) {
      digests.add(digest);
      calls.add(new long[] {done, total});
    }
  }
}
