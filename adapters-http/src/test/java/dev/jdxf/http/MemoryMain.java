package dev.jdxf.http;

import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;

/**
 * Run in a forked JVM with a small heap by {@link BigBlobMemoryTest}: pushes {@code size} generated
 * bytes of known digest to a plain registry, pulls them back hashing as they stream, and prints
 * {@code expected}, {@code pushed} and {@code pulled} lines. Exit 0 on success.
 *
 * <p>Arguments: {@code host:port size}.
 */
public final class MemoryMain {
  private static final int CHUNK = 256 * 1024;
  private static final long SEED = 512;

  private MemoryMain() {}

  public static void main(String[] args) throws Exception {
    String host = args[0];
    long size = Long.parseLong(args[1]);
    BlobInfo expected = Collect.digest(GeneratedBytes.random(size, SEED, CHUNK)).get();
    System.out.println("expected " + expected);
    Vertx vertx = Vertx.vertx();
    try {
      RegistryAdapters adapters =
          RegistryAdapters.create(vertx, RegistrySettings.builder(host).insecure(true).build());
      RepositoryName repo = RepositoryName.parse("memory/big");
      BlobInfo pushed =
          adapters
              .backend()
              .blobs()
              .write(repo, BlobSource.known(expected, GeneratedBytes.random(size, SEED, CHUNK)))
              .toCompletableFuture()
              .get(10, TimeUnit.MINUTES);
      System.out.println("pushed " + pushed);
      BlobContent content =
          adapters.backend().blobs().read(repo, expected.digest()).toCompletableFuture().get();
      BlobInfo pulled = Collect.digest(content.bytes()).get(10, TimeUnit.MINUTES);
      System.out.println("pulled " + pulled);
      Runtime rt = Runtime.getRuntime();
      System.out.println("heap max " + rt.maxMemory());
      adapters.close().toCompletableFuture().get();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
    }
    System.exit(0);
  }
}
