package dev.jdxf.docs;

import dev.jdxf.app.facade.Jdxf;
import dev.jdxf.app.facade.JdxfOptions;
import dev.jdxf.app.facade.JdxfRegistry;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * The Java side of {@code bench/transfer.sh}; prints one line {@code <what> <seconds> <detail>}.
 *
 * <ul>
 *   <li>{@code push HOST REPO FILE}: push a file through the facade (uploading while it hashes)
 *   <li>{@code pull HOST REPO DIGEST OUT [ROUNDS]}: pull a blob through the facade into the file
 *       OUT, verified, replaced only once complete ({@code /dev/null}: into an AsyncFile of it);
 *       ROUNDS times in one JVM (default 1), a line each
 *   <li>{@code sha256 FILE [ROUNDS]}: the time the JDK takes to SHA-256 the file (64 KiB reads),
 *       ROUNDS times
 * </ul>
 */
public final class TransferBench {
  /**
   * The JDK's hash reads 64 KiB at a time, its fastest here: with 1 MiB reads it took 25 to 50 %
   * longer (the buffer no longer stays in the core's cache between the read and the hash).
   */
  private static final int READ_SIZE = 64 << 10;

  private TransferBench() {}

  public static void main(String[] args) throws Exception {
    // ArchUnit (a test dependency) brings slf4j-api without a provider; Netty would pick it and
    // print SLF4J's warning in the middle of the figures
    InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    switch (args[0]) {
      case "push" -> push(args[1], args[2], Path.of(args[3]));
      case "pull" -> pull(args[1], args[2], Digest.parse(args[3]), args[4], rounds(args, 5));
      case "sha256" -> sha256(Path.of(args[1]), rounds(args, 2));
      case "count" -> count(args[1], args[2], Digest.parse(args[3]));
      default -> throw new IllegalArgumentException("push | pull | sha256, not " + args[0]);
    }
  }

  /** How many times to repeat, one line each: the first is a cold JVM's, the last a warm one's. */
  private static int rounds(String[] args, int index) {
    return args.length > index ? Integer.parseInt(args[index]) : 1;
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
  }

  private static void push(String host, String repo, Path file) throws Exception {
    Vertx vertx = Vertx.vertx();
    JdxfRegistry registry = Jdxf.registry(vertx, JdxfOptions.builder(host).insecure(true).build());
    try {
      long start = System.nanoTime();
      Digest digest = await(registry.repository(repo).pushBlob(file));
      report("push", start, digest.toString());
    } finally {
      await(registry.close());
      await(vertx.close());
    }
  }

  private static void pull(String host, String repo, Digest digest, String out, int rounds)
      throws Exception {
    Vertx vertx = Vertx.vertx();
    JdxfRegistry registry = Jdxf.registry(vertx, JdxfOptions.builder(host).insecure(true).build());
    try {
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        BlobInfo info;
        if (out.equals("/dev/null")) {
          // the bytes go nowhere, as with curl -o /dev/null; a write queue of several reads (an
          // AsyncFile's default is 8 KiB), so that receiving, hashing and writing overlap
          AsyncFile target = await(vertx.fileSystem().open(out, new OpenOptions().setWrite(true)));
          target.setWriteQueueMaxSize(8 << 20);
          info = await(registry.repository(repo).pullBlob(digest, target));
        } else {
          info = await(registry.repository(repo).pullBlob(digest, Path.of(out)));
        }
        report("pull", start, info.toString());
      }
    } finally {
      await(registry.close());
      await(vertx.close());
    }
  }

  /** Pulls through the facade's ReadStream, only counting buffers: no destination at all. */
  private static void count(String host, String repo, Digest digest) throws Exception {
    Vertx vertx = Vertx.vertx();
    JdxfRegistry registry = Jdxf.registry(vertx, JdxfOptions.builder(host).insecure(true).build());
    try {
      long start = System.nanoTime();
      long[] seen = new long[2];
      io.vertx.core.Promise<Void> end = io.vertx.core.Promise.promise();
      var blob = await(registry.repository(repo).pullBlob(digest));
      blob.stream().exceptionHandler(end::tryFail).endHandler(end::tryComplete);
      blob.stream()
          .handler(
              b -> {
                seen[0]++;
                seen[1] += b.length();
              });
      await(end.future());
      report("count", start, seen[0] + " buffers, " + seen[1] + " bytes");
    } finally {
      await(registry.close());
      await(vertx.close());
    }
  }

  private static void sha256(Path file, int rounds) throws Exception {
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      ByteBuffer buffer = ByteBuffer.allocate(READ_SIZE);
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        while (channel.read(buffer) >= 0) {
          buffer.flip();
          md.update(buffer);
          buffer.clear();
        }
      }
      report("sha256", start, "sha256:" + HexFormat.of().formatHex(md.digest()));
    }
  }

  private static void report(String what, long startNanos, String detail) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf("%s %.3f %s%n", what, seconds, detail);
  }
}
