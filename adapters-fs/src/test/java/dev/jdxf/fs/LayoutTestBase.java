package dev.jdxf.fs;

import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Backend;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh layout root and Vert.x instance per test. */
abstract class LayoutTestBase {
  static final RepositoryName REPO = RepositoryName.parse("team/data");

  @TempDir Path root;
  Vertx vertx;
  Backend store;

  @BeforeEach
  void createStore() {
    vertx = Vertx.vertx();
    store = OciLayoutAdapters.create(vertx, root);
  }

  @AfterEach
  void closeVertx() {
    Await.result(vertx.close().toCompletionStage());
  }

  static BlobInfo write(Backend backend, RepositoryName repo, byte[] bytes) {
    return Await.result(
        backend.blobs().write(repo, BlobSource.unknown(Publishers.of(bytes, 1000))));
  }

  BlobInfo write(byte[] bytes) {
    return write(store, REPO, bytes);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A small OCI image manifest naming one layer. */
  static RawManifest manifest(Digest layer, long size) {
    String json =
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\""
            + layer
            + "\",\"size\":"
            + size
            + "},\"layers\":[{\"mediaType\":\"application/octet-stream\",\"digest\":\""
            + layer
            + "\",\"size\":"
            + size
            + "}]}";
    return RawManifest.of(utf8(json), MediaType.OCI_MANIFEST);
  }

  Path repoDir() {
    return root.resolve("team").resolve("data");
  }
}
