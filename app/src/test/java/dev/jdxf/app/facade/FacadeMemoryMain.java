package dev.jdxf.app.facade;

import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Run in a forked JVM with a small heap by {@link FacadeMemoryTest}: writes a file of {@code size}
 * random bytes, pushes it through the facade (hash, check, upload), pulls it back into another file
 * (verified while streaming) and prints {@code pushed}, {@code pulled} and {@code heap max} lines.
 * Exit 0 on success.
 *
 * <p>Arguments: {@code host:port size dir}.
 */
public final class FacadeMemoryMain {
  private FacadeMemoryMain() {}

  public static void main(String[] args) throws Exception {
    String host = args[0];
    long size = Long.parseLong(args[1]);
    Path dir = Path.of(args[2]);
    Path source = dir.resolve("source.bin");
    Path target = dir.resolve("target.bin");
    try (OutputStream out = Files.newOutputStream(source)) {
      Random random = new Random(64);
      byte[] chunk = new byte[64 * 1024];
      for (long left = size; left > 0; left -= chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
    }
    Vertx vertx = Vertx.vertx();
    try {
      JdxfRegistry registry =
          Jdxf.registry(vertx, JdxfOptions.builder(host).insecure(true).build());
      JdxfRepository repo = registry.repository("memory/facade");
      Digest pushed = await(repo.pushBlob(source));
      System.out.println("pushed " + pushed);
      AsyncFile file =
          await(vertx.fileSystem().open(target.toString(), new OpenOptions().setWrite(true)));
      BlobInfo pulled = await(repo.pullBlob(pushed, file));
      System.out.println("pulled " + pulled + " " + Files.size(target));
      Path copy = target.resolveSibling("pulled-into-path");
      BlobInfo intoPath = await(repo.pullBlob(pushed, copy));
      System.out.println("pulled into a path " + intoPath + " " + Files.size(copy));
      System.out.println("heap max " + Runtime.getRuntime().maxMemory());
      await(registry.close());
    } finally {
      await(vertx.close());
    }
    System.exit(0);
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
  }
}
