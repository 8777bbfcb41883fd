package dev.jdxf.fs;

import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Backend;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Adds aliases to a layout from a separate process, for the locking test: {@code ROOT REPO PREFIX
 * COUNT READY_FILE GO_FILE}. Announces itself through READY_FILE, waits for GO_FILE, then puts
 * COUNT distinct manifests under aliases {@code PREFIX-<n>} all at once.
 */
public final class IndexWriterMain {
  private IndexWriterMain() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    RepositoryName repo = RepositoryName.parse(args[1]);
    String prefix = args[2];
    int count = Integer.parseInt(args[3]);
    Path ready = Path.of(args[4]);
    Path go = Path.of(args[5]);
    Vertx vertx = Vertx.vertx();
    int status = 1;
    try {
      Backend store = OciLayoutAdapters.create(vertx, root);
      Files.writeString(ready, "ready");
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (!Files.exists(go) && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      putAll(store, repo, prefix, count).get();
      status = 0;
    } catch (Exception e) {
      e.printStackTrace();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
    }
    System.exit(status);
  }

  /** Puts {@code count} distinct manifests under {@code prefix-<n>}, concurrently. */
  static CompletableFuture<Void> putAll(
      Backend store, RepositoryName repo, String prefix, int count) {
    BlobInfo layer =
        LayoutTestBase.write(store, repo, ("layer of " + prefix).getBytes(StandardCharsets.UTF_8));
    List<CompletableFuture<?>> puts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String alias = prefix + "-" + i;
      String json =
          "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
              + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
              + "\"digest\":\""
              + layer.digest()
              + "\",\"size\":"
              + layer.size()
              + "},\"layers\":[],\"annotations\":{\"alias\":\""
              + alias
              + "\"}}";
      RawManifest m = RawManifest.of(json.getBytes(StandardCharsets.UTF_8), MediaType.OCI_MANIFEST);
      puts.add(store.manifests().put(repo, Alias.parse(alias), m).toCompletableFuture());
    }
    return CompletableFuture.allOf(puts.toArray(new CompletableFuture<?>[0]));
  }
}
