package dev.jdxf.app.facade;

import dev.jdxf.testing.RegistryExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenTlsFacadeBlobTest extends FacadeBlobContract {
  @RegisterExtension static final RegistryExtension SERVER = RegistryExtension.tokenTls();

  @Override
  RegistryExtension server() {
    return SERVER;
  }
}
