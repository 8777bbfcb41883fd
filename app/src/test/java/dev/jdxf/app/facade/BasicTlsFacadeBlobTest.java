package dev.jdxf.app.facade;

import dev.jdxf.testing.RegistryExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class BasicTlsFacadeBlobTest extends FacadeBlobContract {
  @RegisterExtension static final RegistryExtension SERVER = RegistryExtension.basicTls();

  @Override
  RegistryExtension server() {
    return SERVER;
  }
}
