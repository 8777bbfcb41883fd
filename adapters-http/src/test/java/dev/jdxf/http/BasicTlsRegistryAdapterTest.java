package dev.jdxf.http;

import static dev.jdxf.http.Adapters.await;
import static dev.jdxf.http.Adapters.failure;
import static dev.jdxf.http.Adapters.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.TransportException;
import dev.jdxf.domain.error.UnauthorizedException;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.testing.RegistryExtension;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The adapter against an htpasswd (Basic) registry over TLS with the test CA. */
class BasicTlsRegistryAdapterTest {
  @RegisterExtension static final RegistryExtension REGISTRY = RegistryExtension.basicTls();

  private static final Vertx VERTX = Vertx.vertx();
  private static final RepositoryName REPO = RepositoryName.parse("basic/blobs");

  @AfterAll
  static void close() {
    await(VERTX.close().toCompletionStage());
  }

  private static <T> T with(
      Function<RegistrySettings.Builder, RegistrySettings.Builder> settings,
      Function<Backend, T> use) {
    RegistryAdapters adapters =
        RegistryAdapters.create(VERTX, settings.apply(Adapters.settings(REGISTRY)).build());
    try {
      return use.apply(adapters.backend());
    } finally {
      await(adapters.close());
    }
  }

  @Test
  void pushAndPullWithBasicCredentials() {
    byte[] bytes = "basic over tls".getBytes(StandardCharsets.UTF_8);
    Digest d = Digest.sha256(bytes);
    with(
        s -> s,
        backend -> {
          await(
              backend
                  .blobs()
                  .write(
                      REPO,
                      BlobSource.known(
                          new BlobInfo(d, bytes.length), GeneratedBytes.of(bytes, 4))));
          assertArrayEquals(
              bytes, await(Collect.bytes(await(backend.blobs().read(REPO, d)).bytes())));
          return null;
        });
  }

  @Test
  void aReadyAuthorizationValueIsUsedInsteadOfUserAndPassword() {
    RegistrySettings.Builder b =
        RegistrySettings.builder(REGISTRY.host())
            .caBundle(REGISTRY.caPemPath())
            .authorization(REGISTRY.basicAuthorization());
    RegistryAdapters adapters = RegistryAdapters.create(VERTX, b.build());
    try {
      assertEquals("registry/2.0", await(adapters.backend().catalog().apiVersion()));
    } finally {
      await(adapters.close());
    }
  }

  @Test
  void wrongPasswordIsUnauthorized() {
    UnauthorizedException e =
        with(
            s -> s.credentials(REGISTRY.username(), "wrong"),
            backend ->
                failure(
                    UnauthorizedException.class,
                    backend.blobs().stat(REPO, Digest.sha256(new byte[] {1}))));
    assertTrue(message(e).contains("registry " + REGISTRY.host()), message(e));
    assertTrue(message(e).contains("401"), message(e));
  }

  @Test
  void noCredentialsIsUnauthorized() {
    RegistryAdapters adapters =
        RegistryAdapters.create(
            VERTX,
            RegistrySettings.builder(REGISTRY.host()).caBundle(REGISTRY.caPemPath()).build());
    try {
      UnauthorizedException e =
          failure(
              UnauthorizedException.class,
              adapters
                  .backend()
                  .manifests()
                  .listAliases(REPO, dev.jdxf.domain.model.PageRequest.first(0)));
      assertTrue(message(e).contains("aliases of repository basic/blobs"), message(e));
    } finally {
      await(adapters.close());
    }
  }

  @Test
  void anUntrustedCertificateIsATransportError() {
    RegistryAdapters adapters =
        RegistryAdapters.create(
            VERTX,
            RegistrySettings.builder(REGISTRY.host())
                .credentials(REGISTRY.username(), REGISTRY.password())
                .build());
    try {
      TransportException e =
          failure(TransportException.class, adapters.backend().catalog().apiVersion());
      assertTrue(message(e).startsWith("TLS with " + REGISTRY.host()), message(e));
    } finally {
      await(adapters.close());
    }
  }

  @Test
  void skippingVerificationTrustsAnyCertificate() {
    RegistryAdapters adapters =
        RegistryAdapters.create(
            VERTX,
            RegistrySettings.builder(REGISTRY.host())
                .tlsVerify(false)
                .credentials(REGISTRY.username(), REGISTRY.password())
                .build());
    try {
      assertEquals(
          Optional.empty(),
          await(adapters.backend().blobs().stat(REPO, Digest.sha256(new byte[] {2}))));
    } finally {
      await(adapters.close());
    }
  }
}
