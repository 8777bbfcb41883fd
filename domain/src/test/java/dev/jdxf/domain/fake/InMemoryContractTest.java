package dev.jdxf.domain.fake;

import dev.jdxf.domain.contract.BlobStoreContract;
import dev.jdxf.domain.contract.CatalogContract;
import dev.jdxf.domain.contract.ManifestStoreContract;
import dev.jdxf.domain.port.out.Backend;
import org.junit.jupiter.api.Nested;

/** Holds the in-memory fake to the port contracts, so the fake the service tests use is honest. */
class InMemoryContractTest {
  private static final InMemoryStore STORE = new InMemoryStore();

  @Nested
  class Blobs extends BlobStoreContract {
    @Override
    protected Backend backend() {
      return STORE.backend();
    }
  }

  @Nested
  class Manifests extends ManifestStoreContract {
    @Override
    protected Backend backend() {
      return STORE.backend();
    }
  }

  @Nested
  class Listing extends CatalogContract {
    @Override
    protected Backend backend() {
      return STORE.backend();
    }
  }
}
