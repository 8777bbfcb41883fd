package dev.jdxf.app.facade;

import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.fs.OciLayoutAdapters;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;

/**
 * The entry point of the embeddable jdxf API (dxf's Python library, in Vert.x terms).
 *
 * <pre>{@code
 * JdxfRegistry registry = Jdxf.registry(vertx, JdxfOptions.builder("localhost:5000").build());
 * JdxfRepository repo = registry.repository("fred/data");
 * repo.pushBlob(Path.of("logs.tgz"), PushOptions.defaults().withAlias("latest"))
 *     .compose(digest -> repo.pullBlob(digest, response))
 *     .eventually(registry::close);
 * }</pre>
 *
 * <p>Everything runs on the caller's {@code Vertx}: nothing blocks an event loop (local file I/O
 * runs on its worker pool) and {@link JdxfRegistry#close()} closes only what the facade created.
 */
public final class Jdxf {
  private Jdxf() {}

  /** A registry object over {@code options.host()}; connects on the first request. */
  public static JdxfRegistry registry(Vertx vertx, JdxfOptions options) {
    return DaggerRegistryComponent.factory().create(vertx, options).registry();
  }

  /**
   * A registry object over a local directory of OCI image layouts, one per repository ({@code
   * <root>/<repository>/}); it has no tokens.
   */
  public static JdxfRegistry local(Vertx vertx, Path root) {
    return DaggerLayoutComponent.factory().create(vertx, root).registry();
  }

  /** dxf's {@code hash_bytes}: the SHA-256 digest of {@code bytes}. */
  public static Digest hashBytes(byte[] bytes) {
    return Digest.sha256(bytes);
  }

  /** dxf's {@code hash_file}: the SHA-256 digest and size of a file, read on a worker thread. */
  public static Future<BlobInfo> hashFile(Vertx vertx, Path file) {
    return Future.fromCompletionStage(
        OciLayoutAdapters.localFiles(vertx).hash(file, DigestAlgorithm.SHA256),
        vertx.getOrCreateContext());
  }

  /** dxf's {@code split_digest}: a {@code sha256:<hex>} digest, parsed; other algorithms fail. */
  public static Digest splitDigest(String text) {
    Digest digest = Digest.parse(text);
    if (digest.algorithm() != DigestAlgorithm.SHA256) {
      throw new IllegalArgumentException(
          "invalid digest '" + text + "': dxf splits sha256:<64 hex> digests only");
    }
    return digest;
  }
}
