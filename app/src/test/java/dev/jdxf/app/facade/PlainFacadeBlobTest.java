package dev.jdxf.app.facade;

import dev.jdxf.testing.RegistryExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlainFacadeBlobTest extends FacadeBlobContract {
  @RegisterExtension static final RegistryExtension SERVER = RegistryExtension.plain();

  @Override
  RegistryExtension server() {
    return SERVER;
  }
}
