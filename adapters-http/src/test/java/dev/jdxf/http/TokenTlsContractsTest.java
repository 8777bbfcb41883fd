package dev.jdxf.http;

import dev.jdxf.testing.RegistryExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The port contracts against the real registry (TokenTls). */
class TokenTlsContractsTest extends RegistryContracts {
  @RegisterExtension static final RegistryExtension REGISTRY = RegistryExtension.tokenTls();

  private static final RegistryConnection CONNECTION = new RegistryConnection(REGISTRY);

  @Override
  RegistryConnection connection() {
    return CONNECTION;
  }

  @AfterAll
  static void close() {
    CONNECTION.close();
  }
}
