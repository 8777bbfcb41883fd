package dev.jdxf.http;

import dev.jdxf.domain.contract.BlobStoreContract;
import dev.jdxf.domain.contract.CatalogContract;
import dev.jdxf.domain.contract.ManifestStoreContract;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.testing.RegistryExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The port contracts, held by the registry adapter against the real registry (Plain). */
class PlainContractsTest {
  @RegisterExtension static final RegistryExtension REGISTRY = RegistryExtension.plain();

  private static final RegistryConnection CONNECTION = new RegistryConnection(REGISTRY);

  @AfterAll
  static void close() {
    CONNECTION.close();
  }

  @Nested
  class Blobs extends BlobStoreContract {
    @Override
    protected Backend backend() {
      return CONNECTION.backend();
    }
  }

  @Nested
  class Manifests extends ManifestStoreContract {
    @Override
    protected Backend backend() {
      return CONNECTION.backend();
    }
  }

  @Nested
  class Catalog extends CatalogContract {
    @Override
    protected Backend backend() {
      return CONNECTION.backend();
    }
  }
}
