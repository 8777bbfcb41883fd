package dev.jdxf.http;

import static dev.jdxf.http.Adapters.await;
import static dev.jdxf.http.Adapters.failure;
import static dev.jdxf.http.Adapters.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.RegistryException;
import dev.jdxf.domain.error.TransportException;
import dev.jdxf.domain.fake.FakeLocalFiles;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.ProgressListener;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.PullBlobUseCase;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.service.UseCases;
import dev.jdxf.testing.RegistryExtension;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Failures a healthy registry never produces, injected by a proxy in front of the real one. */
class FaultInjectionTest {
  @RegisterExtension static final RegistryExtension REGISTRY = RegistryExtension.plain();

  private static final Vertx VERTX = Vertx.vertx();
  private static final RepositoryName REPO = RepositoryName.parse("faults/repo");
  private static final byte[] BLOB = new byte[300_000];
  private static final String MANIFEST_JSON =
      "{\"schemaVersion\": 2, \"mediaType\": \"application/vnd.docker.distribution.manifest.v2+json\","
          + " \"config\": {\"mediaType\": \"application/vnd.docker.container.image.v1+json\","
          + " \"digest\": \"%s\", \"size\": %d}, \"layers\": []}";

  private static RegistryAdapters direct;
  private static BlobInfo blob;
  private static RawManifest manifest;

  private FaultProxy proxy;
  private RegistryAdapters proxied;

  @BeforeAll
  static void pushThroughNoProxy() {
    new Random(42).nextBytes(BLOB);
    direct = RegistryAdapters.create(VERTX, Adapters.settings(REGISTRY).build());
    blob = new BlobInfo(Digest.sha256(BLOB), BLOB.length);
    await(
        direct
            .backend()
            .blobs()
            .write(REPO, BlobSource.known(blob, GeneratedBytes.of(BLOB, 8192))));
    String json = String.format(MANIFEST_JSON, blob.digest(), blob.size());
    manifest = RawManifest.of(json.getBytes(StandardCharsets.UTF_8), MediaType.DOCKER_MANIFEST);
    await(direct.backend().manifests().put(REPO, Alias.parse("good"), manifest));
  }

  @AfterAll
  static void closeAll() {
    await(direct.close());
    await(VERTX.close().toCompletionStage());
  }

  @BeforeEach
  void openProxy() {
    proxy = FaultProxy.start(VERTX, REGISTRY, "127.0.0.1");
    proxied =
        RegistryAdapters.create(
            VERTX, RegistrySettings.builder(proxy.host("127.0.0.1")).insecure(true).build());
  }

  @AfterEach
  void closeProxy() {
    await(proxied.close());
    proxy.close();
  }

  private Backend backend() {
    return proxied.backend();
  }

  @Test
  void theProxyPassesHealthyTrafficUntouched() {
    BlobContent content = await(backend().blobs().read(REPO, blob.digest()));
    assertEquals(blob, await(Collect.digest(content.bytes())));
    assertEquals(manifest, await(backend().manifests().get(REPO, Alias.parse("good"))));
  }

  @Test
  void aManifestThatDoesNotMatchDockerContentDigestIsRefused() {
    proxy.corruptManifests(true);
    DigestMismatchException e =
        failure(
            DigestMismatchException.class, backend().manifests().get(REPO, Alias.parse("good")));
    assertEquals(manifest.digest(), e.expected());
    assertTrue(message(e).contains("alias good in repository faults/repo"), message(e));
  }

  @Test
  void aManifestFetchedByDigestMustHashToIt() {
    proxy.corruptManifests(true);
    DigestMismatchException e =
        failure(DigestMismatchException.class, backend().manifests().get(REPO, manifest.digest()));
    assertEquals(manifest.digest(), e.expected());
  }

  @Test
  void blobBytesAreHandedOnUnverified() {
    // BlobStore.read does not verify (the pull use case does); the bytes arrive as corrupted
    proxy.corruptBlobs(true);
    BlobContent content = await(backend().blobs().read(REPO, blob.digest()));
    BlobInfo got = await(Collect.digest(content.bytes()));
    assertEquals(blob.size(), got.size());
    assertNotEquals(blob.digest(), got.digest());
  }

  @Test
  void thePullUseCaseOverThisAdapterRefusesCorruptedBytes() {
    proxy.corruptBlobs(true);
    UseCases useCases = UseCases.over(backend(), new FakeLocalFiles());
    BlobContent content =
        await(
            useCases
                .pullBlob()
                .pullBlob(new PullBlobUseCase.Command(REPO, blob.digest(), ProgressListener.NONE)));
    DigestMismatchException e =
        failure(DigestMismatchException.class, Collect.digest(content.bytes()));
    assertEquals(blob.digest(), e.expected());
  }

  @Test
  void aConnectionDroppedMidBodyFailsTheStream() {
    proxy.dropBlobsAfter(100_000);
    BlobContent content = await(backend().blobs().read(REPO, blob.digest()));
    assertEquals(BLOB.length, content.size());
    TransportException e = failure(TransportException.class, Collect.digest(content.bytes()));
    assertTrue(message(e).contains(proxy.host("127.0.0.1")), message(e));
    assertTrue(message(e).contains("blob " + blob.digest()), message(e));
  }

  @Test
  void aRefusedSchema2PutIsARegistryErrorWithItsCode() {
    proxy.refuseSchema2Puts(true);
    RegistryException e =
        failure(
            RegistryException.class,
            backend().manifests().put(REPO, Alias.parse("refused"), manifest));
    assertEquals(400, e.status());
    assertTrue(e.hasCode("MANIFEST_INVALID"), message(e));
  }
}
