package dev.jdxf.app.facade;

import static dev.jdxf.app.facade.FacadeTesting.await;
import static dev.jdxf.app.facade.FacadeTesting.randomBytes;
import static dev.jdxf.app.facade.FacadeTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.model.Digest;
import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.TokenRequest;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Repository views share their registry's token; separate registry objects do not. */
class FacadeTokenSharingTest {
  @RegisterExtension static final RegistryExtension SERVER = RegistryExtension.tokenTls();

  @TempDir Path dir;
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    await(vertx.close());
  }

  private Digest pushWithItsOwnRegistry(String repository) throws Exception {
    JdxfRegistry setup = Jdxf.registry(vertx, FacadeTesting.options(SERVER));
    try {
      return await(
          setup.repository(repository).pushBlob(write(dir, "blob", randomBytes(1000, 11))));
    } finally {
      await(setup.close());
    }
  }

  private static List<TokenRequest> tokenRequests() {
    return SERVER.tokenService().requests();
  }

  @Test
  void twoViewsOfARepositoryUseOneTokenRequest() throws Exception {
    String repository = FacadeTesting.freshRepository();
    Digest digest = pushWithItsOwnRegistry(repository);
    JdxfRegistry registry = Jdxf.registry(vertx, FacadeTesting.options(SERVER));
    try {
      SERVER.tokenService().clearRequests();

      assertEquals(1000, await(registry.repository(repository).blobSize(digest)));
      assertEquals(1000, await(registry.repository(repository).pullBlob(digest)).size());

      assertEquals(1, tokenRequests().size(), "token requests: " + tokenRequests());
      assertEquals(Optional.ofNullable(tokenRequests().get(0).token()), registry.token());

      // a second registry object has a token of its own: one more request
      JdxfRegistry other = Jdxf.registry(vertx, FacadeTesting.options(SERVER));
      await(other.repository(repository).blobSize(digest));
      await(other.close());
      assertEquals(2, tokenRequests().size(), "token requests: " + tokenRequests());
    } finally {
      await(registry.close());
    }
  }

  @Test
  void aTokenSetOnTheRegistryServesItsViewsWithoutAskingForAnother() throws Exception {
    String repository = FacadeTesting.freshRepository();
    Digest digest = pushWithItsOwnRegistry(repository);
    JdxfRegistry first = Jdxf.registry(vertx, FacadeTesting.options(SERVER));
    JdxfRegistry second = Jdxf.registry(vertx, FacadeTesting.options(SERVER));
    try {
      Optional<String> token = await(first.authenticate(repository, "pull"));
      assertTrue(token.isPresent());
      SERVER.tokenService().clearRequests();

      second.token(token.get());
      assertEquals(1000, await(second.repository(repository).blobSize(digest)));
      assertEquals(token, second.token());
      assertEquals(List.of(), tokenRequests());
    } finally {
      await(first.close());
      await(second.close());
    }
  }
}
