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
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.testing.Grant;
import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.RegistryMode;
import dev.jdxf.testing.Scope;
import dev.jdxf.testing.TokenRequest;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The adapter against a token-auth registry over TLS: tokens, scopes, caching. */
class TokenTlsRegistryAdapterTest {
  private static final String PULLER = "puller";
  private static final String PULLER_PASSWORD = "pull-only";

  @RegisterExtension
  static final RegistryExtension REGISTRY =
      RegistryExtension.of(
          RegistryMode.TOKEN_TLS, b -> b.user(PULLER, PULLER_PASSWORD, Grant.only("pull")));

  private static final Vertx VERTX = Vertx.vertx();

  @AfterAll
  static void close() {
    await(VERTX.close().toCompletionStage());
  }

  @BeforeEach
  void forgetTokenRequests() {
    REGISTRY.tokenService().clearRequests();
  }

  private static RegistryAdapters open(RegistrySettings.Builder settings) {
    return RegistryAdapters.create(VERTX, settings.build());
  }

  private static BlobInfo push(Backend backend, RepositoryName repo, byte[] bytes) {
    BlobInfo info = new BlobInfo(Digest.sha256(bytes), bytes.length);
    return await(
        backend.blobs().write(repo, BlobSource.known(info, GeneratedBytes.of(bytes, 1000))));
  }

  /**
   * A streamed upload of unknown size that outlives its token: the token service's tokens here
   * expire about 3 s after they are issued and say so ({@code expires_in: 3}), and the source
   * stalls for 4 s after its first chunk. The next {@code PATCH} cannot be sent twice (its bytes
   * stream), so the token must be renewed before it goes out, not after a 401.
   */
  @Test
  void aStreamedUploadOutlivingItsTokenRenewsItBeforeTheNextChunk() {
    RepositoryName repo = RepositoryName.parse("token/slow-source");
    byte[] bytes = new byte[4 * 65536];
    new java.util.SplittableRandom(7).nextBytes(bytes);
    REGISTRY.tokenService().tokensLive(Duration.ofSeconds(-57), 3);
    try {
      RegistryAdapters adapters = open(Adapters.settings(REGISTRY).uploadChunkSize(65536));
      BlobInfo pushed =
          await(
              adapters
                  .backend()
                  .blobs()
                  .write(
                      repo,
                      BlobSource.unknown(
                          new PausingBytes(bytes, 65536, 1, Duration.ofSeconds(4)))));
      assertEquals(new BlobInfo(Digest.sha256(bytes), bytes.length), pushed);
      assertTrue(
          REGISTRY.tokenService().requests().size() >= 2,
          "a second token: " + REGISTRY.tokenService().requests());
      assertArrayEquals(
          bytes,
          await(
              Collect.bytes(
                  await(adapters.backend().blobs().read(repo, pushed.digest())).bytes())));
    } finally {
      REGISTRY.tokenService().tokensLiveFiveMinutes();
    }
  }

  /** Requests that meet their first 401 at the same moment share one token request. */
  @Test
  void parallelFirstRequestsShareOneTokenRequest() {
    RepositoryName repo = RepositoryName.parse("token/shared-first");
    byte[] bytes = "asked once".getBytes(StandardCharsets.UTF_8);
    BlobInfo info = push(open(Adapters.settings(REGISTRY)).backend(), repo, bytes);
    RegistryAdapters adapters = open(Adapters.settings(REGISTRY));
    assertFourParallelStatsAskTheRealmOnce(adapters, repo, info);
  }

  /** Requests that find their token due for renewal at the same moment share one renewal. */
  @Test
  void requestsFindingTheirTokenDueShareOneRenewal() throws InterruptedException {
    RepositoryName repo = RepositoryName.parse("token/shared-renewal");
    byte[] bytes = "renewed once".getBytes(StandardCharsets.UTF_8);
    REGISTRY.tokenService().tokensLive(Duration.ofSeconds(-57), 3);
    try {
      RegistryAdapters adapters = open(Adapters.settings(REGISTRY));
      BlobInfo info = push(adapters.backend(), repo, bytes);
      // a token for reading (the push's, for pull,push, is another scope's)
      assertEquals(
          Optional.of((long) bytes.length),
          await(adapters.backend().blobs().stat(repo, info.digest())));
      Thread.sleep(2_400); // past three quarters of the token's 3 s: due for renewal
      assertFourParallelStatsAskTheRealmOnce(adapters, repo, info);
    } finally {
      REGISTRY.tokenService().tokensLiveFiveMinutes();
    }
  }

  private static void assertFourParallelStatsAskTheRealmOnce(
      RegistryAdapters adapters, RepositoryName repo, BlobInfo info) {
    int before = REGISTRY.tokenService().requests().size();
    List<CompletionStage<Optional<Long>>> stats = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      stats.add(adapters.backend().blobs().stat(repo, info.digest()));
    }
    for (CompletionStage<Optional<Long>> stat : stats) {
      assertEquals(Optional.of(info.size()), await(stat));
    }
    assertEquals(
        before + 1,
        REGISTRY.tokenService().requests().size(),
        () -> "one token request: " + REGISTRY.tokenService().requests());
  }

  @Test
  void pushAndPullWithTokens() {
    RepositoryName repo = RepositoryName.parse("token/roundtrip");
    byte[] bytes = "bearer".getBytes(StandardCharsets.UTF_8);
    RegistryAdapters adapters = open(Adapters.settings(REGISTRY));
    try {
      BlobInfo info = push(adapters.backend(), repo, bytes);
      assertArrayEquals(
          bytes,
          await(
              Collect.bytes(await(adapters.backend().blobs().read(repo, info.digest())).bytes())));
      TokenRequest first = REGISTRY.tokenService().requests().get(0);
      assertTrue(first.credentialsSent());
      assertEquals("jdxf", first.username());
      assertEquals("Docker registry", first.service());
      assertTrue(
          first.scopes().stream()
              .anyMatch(
                  s ->
                      s.name().equals("token/roundtrip")
                          && s.actions().containsAll(List.of("pull", "push"))),
          first.scopes().toString());
    } finally {
      await(adapters.close());
    }
  }

  @Test
  void twoOperationsOnTheSameRepositoryAskForOneToken() {
    RepositoryName repo = RepositoryName.parse("token/cached");
    RegistryAdapters adapters = open(Adapters.settings(REGISTRY));
    try {
      Digest absent = Digest.sha256(new byte[] {9});
      assertEquals(Optional.empty(), await(adapters.backend().blobs().stat(repo, absent)));
      assertEquals(
          Optional.empty(),
          await(
              adapters
                  .backend()
                  .manifests()
                  .head(repo, dev.jdxf.domain.model.Alias.parse("nope"))));
      assertEquals(1, REGISTRY.tokenService().requests().size());
      assertEquals(
          List.of(Scope.repository("token/cached", "pull")),
          REGISTRY.tokenService().lastRequest().scopes());
    } finally {
      await(adapters.close());
    }
  }

  @Test
  void catalogUsesTheRegistryScope() {
    RegistryAdapters adapters = open(Adapters.settings(REGISTRY));
    try {
      Page page = await(adapters.backend().catalog().listRepositories(PageRequest.first(10)));
      assertTrue(page.items().size() <= 10);
      assertEquals(List.of(Scope.CATALOG), REGISTRY.tokenService().lastRequest().scopes());
    } finally {
      await(adapters.close());
    }
  }

  @Test
  void aPullOnlyUserCannotPush() {
    RepositoryName repo = RepositoryName.parse("token/pull-only");
    RegistryAdapters adapters =
        open(Adapters.settings(REGISTRY).credentials(PULLER, PULLER_PASSWORD));
    try {
      byte[] bytes = "refused".getBytes(StandardCharsets.UTF_8);
      BlobInfo info = new BlobInfo(Digest.sha256(bytes), bytes.length);
      UnauthorizedException e =
          failure(
              UnauthorizedException.class,
              adapters
                  .backend()
                  .blobs()
                  .write(repo, BlobSource.known(info, GeneratedBytes.of(bytes, 100))));
      assertTrue(message(e).contains("registry " + REGISTRY.host()), message(e));
      assertTrue(message(e).contains("token/pull-only"), message(e));
    } finally {
      await(adapters.close());
    }
  }

  @Test
  void wrongPasswordIsUnauthorized() {
    RegistryAdapters adapters =
        open(Adapters.settings(REGISTRY).credentials(REGISTRY.username(), "wrong"));
    try {
      UnauthorizedException e =
          failure(
              UnauthorizedException.class,
              adapters
                  .backend()
                  .blobs()
                  .stat(RepositoryName.parse("token/x"), Digest.sha256(new byte[0])));
      assertTrue(message(e).contains("token service"), message(e));
    } finally {
      await(adapters.close());
    }
  }

  @Test
  void authenticateForActionsAndReuseTheTokenDirectly() {
    RepositoryName repo = RepositoryName.parse("token/direct");
    RegistryAdapters adapters = open(Adapters.settings(REGISTRY));
    String token;
    BlobInfo info;
    try {
      Optional<String> got =
          await(
              adapters.backend().tokens().authenticate(Optional.of(repo), List.of("pull", "push")));
      assertTrue(got.isPresent());
      assertEquals(got, adapters.backend().tokens().token());
      assertEquals(
          List.of(Scope.repository("token/direct", "pull", "push")),
          REGISTRY.tokenService().lastRequest().scopes());
      token = got.get();
      info = push(adapters.backend(), repo, "direct".getBytes(StandardCharsets.UTF_8));
    } finally {
      await(adapters.close());
    }
    // a token given directly is used as-is: no credentials, no token request
    REGISTRY.tokenService().clearRequests();
    RegistryAdapters direct =
        open(RegistrySettings.builder(REGISTRY.host()).caBundle(REGISTRY.caPemPath()).token(token));
    try {
      assertEquals(Optional.of(6L), await(direct.backend().blobs().stat(repo, info.digest())));
      assertEquals(List.of(), REGISTRY.tokenService().requests());
    } finally {
      await(direct.close());
    }
  }

  @Test
  void authenticateWithoutActionsUsesTheChallengeScope() {
    RegistryAdapters adapters = open(Adapters.settings(REGISTRY));
    try {
      Optional<String> got =
          await(adapters.backend().tokens().authenticate(Optional.empty(), List.of()));
      assertTrue(got.isPresent());
      assertEquals(List.of(), REGISTRY.tokenService().lastRequest().scopes());
    } finally {
      await(adapters.close());
    }
  }

  @Test
  void theAuthHostSettingReplacesTheRealmHost() {
    RepositoryName repo = RepositoryName.parse("token/auth-host");
    Digest absent = Digest.sha256(new byte[] {3});
    RegistryAdapters viaLocalhost =
        open(Adapters.settings(REGISTRY).authHost("localhost:" + REGISTRY.tokenService().port()));
    try {
      assertEquals(Optional.empty(), await(viaLocalhost.backend().blobs().stat(repo, absent)));
      assertEquals(1, REGISTRY.tokenService().requests().size());
    } finally {
      await(viaLocalhost.close());
    }
    RegistryAdapters nowhere = open(Adapters.settings(REGISTRY).authHost("127.0.0.1:1"));
    try {
      TransportException e =
          failure(TransportException.class, nowhere.backend().blobs().stat(repo, absent));
      assertTrue(message(e).contains("127.0.0.1:1"), message(e));
    } finally {
      await(nowhere.close());
    }
  }

  @Test
  void aMountFallbackUploadsWithTheMountsToken() {
    RepositoryName from = RepositoryName.parse("token/mount-empty");
    RepositoryName to = RepositoryName.parse("token/mount-fallback");
    byte[] bytes = "fallback bytes".getBytes(StandardCharsets.UTF_8);
    BlobInfo info = new BlobInfo(Digest.sha256(bytes), bytes.length);
    RegistryAdapters adapters = open(Adapters.settings(REGISTRY));
    try {
      await(
          adapters
              .backend()
              .blobs()
              .mount(
                  to,
                  from,
                  info.digest(),
                  Optional.of(BlobSource.known(info, GeneratedBytes.of(bytes, 5)))));
      assertEquals(
          Optional.of((long) bytes.length),
          await(adapters.backend().blobs().stat(to, info.digest())));
    } finally {
      await(adapters.close());
    }
  }
}
