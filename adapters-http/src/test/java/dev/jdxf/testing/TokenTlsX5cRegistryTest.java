package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenTlsX5cRegistryTest extends TokenTlsRegistryContract {
  @RegisterExtension
  static final RegistryExtension registry =
      RegistryExtension.of(
          RegistryMode.TOKEN_TLS,
          b ->
              b.keyReference(TokenService.KeyReference.X5C)
                  .user("reader", "read-pass", Grant.only("pull")));

  @Override
  RegistryExtension registry() {
    return registry;
  }

  @Override
  void assertHeaderStyle(SignedJWT jwt) throws Exception {
    assertNull(jwt.getHeader().getKeyID());
    assertEquals(2, jwt.getHeader().getX509CertChain().size());
    assertArrayEquals(
        registry.server().pki().signerCertificate().getEncoded(),
        jwt.getHeader().getX509CertChain().get(0).decode());
  }
}
