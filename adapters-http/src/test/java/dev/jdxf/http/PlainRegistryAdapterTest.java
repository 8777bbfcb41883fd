package dev.jdxf.http;

import static dev.jdxf.http.Adapters.await;
import static dev.jdxf.http.Adapters.failure;
import static dev.jdxf.http.Adapters.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.MountFailedException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.RegistryMode;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The adapter against a plain-HTTP registry with small catalog pages. */
class PlainRegistryAdapterTest {
  @RegisterExtension
  static final RegistryExtension REGISTRY =
      RegistryExtension.of(RegistryMode.PLAIN, b -> b.smallCatalogPages());

  private static Vertx vertx;
  private static RegistryAdapters adapters;
  private static Backend backend;

  @BeforeAll
  static void connect() {
    vertx = Vertx.vertx();
    adapters =
        RegistryAdapters.create(
            vertx, Adapters.settings(REGISTRY).uploadChunkSize(64 * 1024).build());
    backend = adapters.backend();
  }

  @AfterAll
  static void close() {
    await(adapters.close());
    await(vertx.close().toCompletionStage());
  }

  private static byte[] randomBytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static BlobInfo push(RepositoryName repo, byte[] bytes) {
    Digest d = Digest.sha256(bytes);
    return await(
        backend
            .blobs()
            .write(
                repo,
                BlobSource.known(new BlobInfo(d, bytes.length), GeneratedBytes.of(bytes, 4096))));
  }

  @Test
  void apiVersion() {
    assertEquals("registry/2.0", await(backend.catalog().apiVersion()));
  }

  @Test
  void knownDigestRoundTrip() {
    RepositoryName repo = RepositoryName.parse("plain/known");
    byte[] bytes = randomBytes(300_000, 1);
    BlobInfo info = push(repo, bytes);
    assertEquals(new BlobInfo(Digest.sha256(bytes), bytes.length), info);
    assertEquals(
        Optional.of((long) bytes.length), await(backend.blobs().stat(repo, info.digest())));
    BlobContent content = await(backend.blobs().read(repo, info.digest()));
    assertEquals(bytes.length, content.size());
    assertArrayEquals(bytes, await(Collect.bytes(content.bytes())));
  }

  @Test
  void unknownDigestIsComputedWhileStreamingInChunks() {
    RepositoryName repo = RepositoryName.parse("plain/unknown");
    byte[] bytes = randomBytes(200_000, 2); // 64 KiB chunks: four PATCHes
    BlobInfo info =
        await(backend.blobs().write(repo, BlobSource.unknown(GeneratedBytes.of(bytes, 10_000))));
    assertEquals(new BlobInfo(Digest.sha256(bytes), bytes.length), info);
    BlobContent content = await(backend.blobs().read(repo, info.digest()));
    assertArrayEquals(bytes, await(Collect.bytes(content.bytes())));
    long patches =
        REGISTRY.log().lines().filter(l -> l.contains("PATCH /v2/plain/unknown")).count();
    assertTrue(patches >= 4, "PATCH requests logged: " + patches);
  }

  @Test
  void unknownDigestWithKnownSizeSendsContentRanges() {
    RepositoryName repo = RepositoryName.parse("plain/sized");
    byte[] bytes = randomBytes(150_000, 3);
    BlobSource source =
        new BlobSource(GeneratedBytes.of(bytes, 7_000), Optional.empty(), OptionalLong.of(150_000));
    BlobInfo info = await(backend.blobs().write(repo, source));
    assertEquals(Digest.sha256(bytes), info.digest());
    assertEquals(Optional.of(150_000L), await(backend.blobs().stat(repo, info.digest())));
  }

  @Test
  void emptyBlob() {
    RepositoryName repo = RepositoryName.parse("plain/empty");
    BlobInfo unknown =
        await(backend.blobs().write(repo, BlobSource.unknown(GeneratedBytes.of(new byte[0], 1))));
    assertEquals(new BlobInfo(Digest.sha256(new byte[0]), 0), unknown);
    assertArrayEquals(
        new byte[0],
        await(Collect.bytes(await(backend.blobs().read(repo, unknown.digest())).bytes())));
  }

  @Test
  void wrongKnownDigestIsADigestMismatch() {
    RepositoryName repo = RepositoryName.parse("plain/liar");
    byte[] bytes = randomBytes(10_000, 4);
    Digest claimed = Digest.sha256("something else".getBytes(StandardCharsets.UTF_8));
    DigestMismatchException e =
        failure(
            DigestMismatchException.class,
            backend
                .blobs()
                .write(
                    repo,
                    BlobSource.known(
                        new BlobInfo(claimed, bytes.length), GeneratedBytes.of(bytes, 1000))));
    assertEquals(claimed, e.expected());
    assertEquals(Digest.sha256(bytes), e.actual());
    assertEquals(Optional.empty(), await(backend.blobs().stat(repo, claimed)));
  }

  @Test
  void absentBlobs() {
    RepositoryName repo = RepositoryName.parse("plain/absent");
    Digest d = Digest.sha256("never pushed".getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.empty(), await(backend.blobs().stat(repo, d)));
    NotFoundException e = failure(NotFoundException.class, backend.blobs().read(repo, d));
    assertTrue(message(e).contains("blob " + d + " in repository plain/absent"), e.getMessage());
    assertTrue(message(e).contains("404 Not Found"), e.getMessage());
    failure(NotFoundException.class, backend.blobs().delete(repo, d));
  }

  @Test
  void deleteBlob() {
    RepositoryName repo = RepositoryName.parse("plain/delete");
    BlobInfo info = push(repo, randomBytes(1000, 5));
    await(backend.blobs().delete(repo, info.digest()));
    assertEquals(Optional.empty(), await(backend.blobs().stat(repo, info.digest())));
  }

  @Test
  void mount() {
    RepositoryName from = RepositoryName.parse("plain/mount-from");
    RepositoryName to = RepositoryName.parse("plain/mount-to");
    BlobInfo info = push(from, randomBytes(5000, 6));
    await(backend.blobs().mount(to, from, info.digest(), Optional.empty()));
    assertEquals(Optional.of(5000L), await(backend.blobs().stat(to, info.digest())));
  }

  @Test
  void mountFromARepositoryWithoutTheBlobFails() {
    RepositoryName from = RepositoryName.parse("plain/mount-nothing");
    RepositoryName to = RepositoryName.parse("plain/mount-target");
    Digest d = Digest.sha256("not there".getBytes(StandardCharsets.UTF_8));
    MountFailedException e =
        failure(MountFailedException.class, backend.blobs().mount(to, from, d, Optional.empty()));
    assertTrue(message(e).startsWith("mount failed: "), e.getMessage());
    assertEquals(Optional.empty(), await(backend.blobs().stat(to, d)));
  }

  @Test
  void mountFallsBackToUploadingThroughTheOpenedSession() {
    RepositoryName from = RepositoryName.parse("plain/fallback-from");
    RepositoryName to = RepositoryName.parse("plain/fallback-to");
    byte[] bytes = randomBytes(20_000, 7);
    Digest d = Digest.sha256(bytes);
    BlobSource source =
        BlobSource.known(new BlobInfo(d, bytes.length), GeneratedBytes.of(bytes, 999));
    await(backend.blobs().mount(to, from, d, Optional.of(source)));
    assertEquals(Optional.of(20_000L), await(backend.blobs().stat(to, d)));
  }

  @Test
  void manifests() {
    RepositoryName repo = RepositoryName.parse("plain/manifests");
    BlobInfo layer = push(repo, randomBytes(100, 8));
    String json =
        "{\"config\": {\"digest\": \""
            + layer.digest()
            + "\", \"mediaType\": \"application/vnd.docker.container.image.v1+json\", \"size\": 100},"
            + " \"layers\": [{\"digest\": \""
            + layer.digest()
            + "\", \"mediaType\": \"application/octet-stream\", \"size\": 100}], \"mediaType\":"
            + " \"application/vnd.docker.distribution.manifest.v2+json\", \"schemaVersion\": 2}";
    RawManifest manifest =
        RawManifest.of(json.getBytes(StandardCharsets.UTF_8), MediaType.DOCKER_MANIFEST);
    Alias alias = Alias.parse("v1");
    assertEquals(manifest.digest(), await(backend.manifests().put(repo, alias, manifest)));

    RawManifest got = await(backend.manifests().get(repo, alias));
    assertEquals(manifest, got);
    assertEquals(manifest, await(backend.manifests().get(repo, manifest.digest())));
    assertEquals(
        Optional.of(Descriptor.of(MediaType.DOCKER_MANIFEST, manifest.digest(), manifest.size())),
        await(backend.manifests().head(repo, alias)));
    assertEquals(
        List.of("v1"), await(backend.manifests().listAliases(repo, PageRequest.first(0))).items());

    await(backend.manifests().delete(repo, manifest.digest()));
    assertEquals(Optional.empty(), await(backend.manifests().head(repo, alias)));
    NotFoundException e = failure(NotFoundException.class, backend.manifests().get(repo, alias));
    assertTrue(message(e).contains("alias v1 in repository plain/manifests"), e.getMessage());
    assertTrue(message(e).contains("404 Not Found"), e.getMessage());
  }

  @Test
  void aliasesAndRepositoriesArePaged() {
    RepositoryName repo = RepositoryName.parse("plain/paged");
    BlobInfo layer = push(repo, randomBytes(10, 9));
    String json =
        "{\"schemaVersion\": 2, \"mediaType\": \"application/vnd.oci.image.manifest.v1+json\","
            + " \"config\": {\"mediaType\": \"application/vnd.oci.image.config.v1+json\", \"digest\": \""
            + layer.digest()
            + "\", \"size\": 10}, \"layers\": []}";
    RawManifest manifest =
        RawManifest.of(json.getBytes(StandardCharsets.UTF_8), MediaType.OCI_MANIFEST);
    for (String tag : List.of("a", "b", "c", "d", "e")) {
      await(backend.manifests().put(repo, Alias.parse(tag), manifest));
    }
    List<String> tags = new ArrayList<>();
    int pages = 0;
    PageRequest request = PageRequest.first(2);
    while (true) {
      Page page = await(backend.manifests().listAliases(repo, request));
      pages++;
      tags.addAll(page.items());
      if (page.next().isEmpty()) {
        break;
      }
      request = request.after(page.next().get());
    }
    assertEquals(List.of("a", "b", "c", "d", "e"), tags.stream().sorted().toList());
    // distribution 2.8 ignores n= for tags (one page); following Link is checked on the catalog
    assertTrue(pages >= 1, "pages: " + pages);

    // catalog.maxentries: 2 — the registry pages even when no size is asked for
    List<String> repos = new ArrayList<>();
    Page page = await(backend.catalog().listRepositories(PageRequest.first(0)));
    repos.addAll(page.items());
    int catalogPages = 1;
    while (page.next().isPresent()) {
      page =
          await(backend.catalog().listRepositories(PageRequest.first(0).after(page.next().get())));
      repos.addAll(page.items());
      catalogPages++;
    }
    assertTrue(repos.contains("plain/paged"), repos.toString());
    assertTrue(catalogPages >= 2, "catalog pages: " + catalogPages);
  }

  @Test
  void aCursorOnAnotherOriginIsRefused() {
    BadArgumentException e =
        failure(
            BadArgumentException.class,
            backend
                .catalog()
                .listRepositories(
                    PageRequest.first(0).after("http://elsewhere.invalid/v2/_catalog?last=x")));
    assertTrue(message(e).contains("does not point to registry"), e.getMessage());
  }
}
