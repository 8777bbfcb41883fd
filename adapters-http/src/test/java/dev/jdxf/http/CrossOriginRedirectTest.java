package dev.jdxf.http;

import static dev.jdxf.http.Adapters.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.testing.RegistryExtension;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A blob download redirected to another origin (like a storage service) is followed without the
 * registry's credentials. Both origins are fault proxies over TLS in front of the real Basic-auth
 * registry: {@code 127.0.0.1:A} redirects to {@code localhost:B}, which authenticates by itself.
 */
class CrossOriginRedirectTest {
  @RegisterExtension static final RegistryExtension REGISTRY = RegistryExtension.basicTls();

  private static final Vertx VERTX = Vertx.vertx();

  @AfterAll
  static void close() {
    await(VERTX.close().toCompletionStage());
  }

  @Test
  void credentialsStayWithTheRegistry() {
    RepositoryName repo = RepositoryName.parse("redirect/blob");
    byte[] bytes = new byte[200_000];
    new Random(7).nextBytes(bytes);
    BlobInfo info = new BlobInfo(Digest.sha256(bytes), bytes.length);
    RegistryAdapters direct = RegistryAdapters.create(VERTX, Adapters.settings(REGISTRY).build());
    await(
        direct
            .backend()
            .blobs()
            .write(repo, BlobSource.known(info, GeneratedBytes.of(bytes, 8192))));
    await(direct.close());

    try (FaultProxy storage = FaultProxy.start(VERTX, REGISTRY, "127.0.0.1");
        FaultProxy front = FaultProxy.start(VERTX, REGISTRY, "127.0.0.1")) {
      storage.addAuthorization(REGISTRY.basicAuthorization());
      front.redirectBlobsTo(storage.origin("localhost"));
      RegistrySettings settings =
          RegistrySettings.builder(front.host("127.0.0.1"))
              .caBundle(REGISTRY.caPemPath())
              .credentials(REGISTRY.username(), REGISTRY.password())
              .build();
      RegistryAdapters proxied = RegistryAdapters.create(VERTX, settings);
      try {
        // a HEAD (not redirected) makes the adapter answer the Basic challenge of the registry
        assertEquals(
            Optional.of(info.size()), await(proxied.backend().blobs().stat(repo, info.digest())));
        BlobContent content = await(proxied.backend().blobs().read(repo, info.digest()));
        assertEquals(info, await(Collect.digest(content.bytes())));
      } finally {
        await(proxied.close());
      }
      List<FaultProxy.Seen> atFront = front.seen();
      assertTrue(
          atFront.stream().anyMatch(s -> s.method() == HttpMethod.GET && s.authorization() != null),
          "the registry's own origin got credentials: " + atFront);
      List<FaultProxy.Seen> atStorage = storage.seen();
      assertFalse(atStorage.isEmpty(), "the redirect was followed");
      for (FaultProxy.Seen s : atStorage) {
        assertNull(s.authorization(), "credentials leaked to another origin: " + s);
      }
    }
  }
}
