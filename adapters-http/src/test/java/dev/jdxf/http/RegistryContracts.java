package dev.jdxf.http;

import dev.jdxf.domain.contract.BlobStoreContract;
import dev.jdxf.domain.contract.CatalogContract;
import dev.jdxf.domain.contract.ManifestStoreContract;
import dev.jdxf.domain.port.out.Backend;
import org.junit.jupiter.api.Nested;

/**
 * The port contracts held by the registry adapter; a subclass per registry mode names the
 * connection (and registers the registry extension).
 */
abstract class RegistryContracts {

  abstract RegistryConnection connection();

  @Nested
  class Blobs extends BlobStoreContract {
    @Override
    protected Backend backend() {
      return connection().backend();
    }
  }

  @Nested
  class Manifests extends ManifestStoreContract {
    @Override
    protected Backend backend() {
      return connection().backend();
    }
  }

  @Nested
  class Catalog extends CatalogContract {
    @Override
    protected Backend backend() {
      return connection().backend();
    }
  }
}
