package dev.jdxf.fs;

import dev.jdxf.domain.contract.BlobStoreContract;
import dev.jdxf.domain.contract.CatalogContract;
import dev.jdxf.domain.contract.ManifestStoreContract;
import dev.jdxf.domain.port.out.Backend;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The OCI layout store held to the domain's port contracts. */
class OciLayoutContractTest {
  private static final Vertx VERTX = Vertx.vertx();

  @TempDir static Path root;

  @AfterAll
  static void closeVertx() {
    Await.result(VERTX.close().toCompletionStage());
  }

  static Backend store() {
    return OciLayoutAdapters.create(VERTX, root);
  }

  @Nested
  class Blobs extends BlobStoreContract {
    @Override
    protected Backend backend() {
      return store();
    }
  }

  @Nested
  class Manifests extends ManifestStoreContract {
    @Override
    protected Backend backend() {
      return store();
    }
  }

  @Nested
  class Listing extends CatalogContract {
    @Override
    protected Backend backend() {
      return store();
    }
  }
}
