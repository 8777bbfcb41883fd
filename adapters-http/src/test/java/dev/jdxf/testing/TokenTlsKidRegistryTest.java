package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenTlsKidRegistryTest extends TokenTlsRegistryContract {
  @RegisterExtension
  static final RegistryExtension registry =
      RegistryExtension.of(
          RegistryMode.TOKEN_TLS, b -> b.user("reader", "read-pass", Grant.only("pull")));

  @Override
  RegistryExtension registry() {
    return registry;
  }

  @Override
  void assertHeaderStyle(SignedJWT jwt) {
    assertEquals(
        LibtrustKeyId.of(registry.server().pki().signerPublicKey()), jwt.getHeader().getKeyID());
    assertNull(jwt.getHeader().getX509CertChain());
  }
}
