package dev.jdxf.domain.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.fake.InMemoryStore;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.ContentLocation;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.model.StoreAddress;
import dev.jdxf.domain.port.in.CopyUseCase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CopyServiceTest {
  private static final RepositoryName SRC = RepositoryName.parse("src/repo");
  private static final RepositoryName DST = RepositoryName.parse("dst/repo");

  private final InMemoryStore registryA = new InMemoryStore();
  private final InMemoryStore layoutB = new InMemoryStore();
  private final Map<StoreAddress, InMemoryStore> stores =
      Map.of(
          new StoreAddress.Registry("a.example:5000"), registryA,
          new StoreAddress.Layout(java.nio.file.Path.of("b")), layoutB);
  private final Map<Digest, Long> progressed = new ConcurrentHashMap<>();
  private final CopyService copy =
      new CopyService(address -> java.util.Objects.requireNonNull(stores.get(address)).backend());

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String descriptor(String mediaType, BlobInfo blob) {
    return "{\"mediaType\":\""
        + mediaType
        + "\",\"digest\":\""
        + blob.digest()
        + "\",\"size\":"
        + blob.size()
        + "}";
  }

  private RawManifest image(InMemoryStore store, RepositoryName repo, String seed) {
    BlobInfo config = store.addBlob(repo, bytes("{\"config\":\"" + seed + "\"}"));
    BlobInfo layer1 = store.addBlob(repo, bytes("layer one " + seed));
    BlobInfo layer2 = store.addBlob(repo, bytes("layer two " + seed));
    String json =
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + "\"config\":"
            + descriptor("application/vnd.oci.image.config.v1+json", config)
            + ",\"layers\":["
            + descriptor("application/vnd.oci.image.layer.v1.tar+gzip", layer1)
            + ","
            + descriptor("application/vnd.oci.image.layer.v1.tar+gzip", layer2)
            + "]}";
    return RawManifest.of(bytes(json), MediaType.OCI_MANIFEST);
  }

  private CopyUseCase.Result run(String from, String to) {
    return copy.copy(
            new CopyUseCase.Command(
                ContentLocation.parse(from),
                ContentLocation.parse(to),
                (d, done, total) -> progressed.merge(d, done, Math::max),
                2))
        .toCompletableFuture()
        .orTimeout(10, TimeUnit.SECONDS)
        .join();
  }

  @Test
  void copiesAnImageKeepingTheManifestBytes() {
    RawManifest raw = image(registryA, SRC, "x");
    registryA.addManifest(SRC, Optional.of(Alias.parse("v1")), raw);

    CopyUseCase.Result result = run("a.example:5000/src/repo:v1", "oci:b:dst/repo:copied");

    assertEquals(raw.digest(), result.digest());
    assertEquals(3, result.blobsCopied());
    assertEquals(0, result.blobsSkipped());
    RawManifest copied =
        layoutB.backend().manifests().get(DST, Alias.parse("copied")).toCompletableFuture().join();
    assertArrayEquals(raw.bytes(), copied.bytes());
    assertEquals(MediaType.OCI_MANIFEST, copied.mediaType());
    assertEquals(3, progressed.size());
    progressed.forEach((d, done) -> assertTrue(layoutB.hasBlob(DST, d)));
  }

  @Test
  void skipsBlobsTheDestinationHasAndCopiesAgainWithoutUploading() {
    RawManifest raw = image(registryA, SRC, "y");
    registryA.addManifest(SRC, Optional.of(Alias.parse("v1")), raw);
    run("a.example:5000/src/repo:v1", "oci:b:dst/repo:v1");

    CopyUseCase.Result again = run("a.example:5000/src/repo:v1", "oci:b:dst/repo:v2");

    assertEquals(0, again.blobsCopied());
    assertEquals(3, again.blobsSkipped());
    assertFalse(
        layoutB.calls().stream()
            .skip(layoutB.calls().size() - 5)
            .anyMatch(c -> c.startsWith("blob-write")));
  }

  @Test
  void mountsAcrossRepositoriesOfTheSameStore() {
    RawManifest raw = image(registryA, SRC, "z");
    registryA.addManifest(SRC, Optional.of(Alias.parse("v1")), raw);

    CopyUseCase.Result result = run("a.example:5000/src/repo:v1", "a.example:5000/dst/repo:v1");

    assertEquals(3, result.blobsMounted());
    assertEquals(0, result.blobsCopied());
    assertTrue(
        registryA.calls().stream().anyMatch(c -> c.startsWith("blob-mount dst/repo src/repo")));
    assertTrue(registryA.hasManifest(DST, raw.digest()));
  }

  @Test
  void copiesATwoPlatformIndexWithEveryChildManifest() {
    RawManifest amd64 = image(registryA, SRC, "amd64");
    RawManifest arm = image(registryA, SRC, "arm");
    registryA.addManifest(SRC, Optional.empty(), amd64);
    registryA.addManifest(SRC, Optional.empty(), arm);
    String index =
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":["
            + "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\""
            + amd64.digest()
            + "\",\"size\":"
            + amd64.size()
            + ",\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}},"
            + "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\""
            + arm.digest()
            + "\",\"size\":"
            + arm.size()
            + ",\"platform\":{\"os\":\"linux\",\"architecture\":\"arm\",\"variant\":\"v7\"}}]}";
    RawManifest raw = RawManifest.of(bytes(index), MediaType.OCI_INDEX);
    registryA.addManifest(SRC, Optional.of(Alias.parse("multi")), raw);

    CopyUseCase.Result result = run("a.example:5000/src/repo:multi", "oci:b:dst/repo:multi");

    assertEquals(3, result.manifests());
    assertEquals(6, result.blobsCopied());
    assertTrue(layoutB.hasManifest(DST, amd64.digest()));
    assertTrue(layoutB.hasManifest(DST, arm.digest()));
    assertTrue(layoutB.hasManifest(DST, raw.digest()));
  }

  @Test
  void aMissingBlobFailsTheCopyAndTheAliasIsNotWritten() {
    BlobInfo ghost = new BlobInfo(Digest.sha256(bytes("never stored")), 12);
    String json =
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + "\"config\":"
            + descriptor("application/vnd.oci.image.config.v1+json", ghost)
            + ",\"layers\":[]}";
    registryA.addManifest(
        SRC,
        Optional.of(Alias.parse("broken")),
        RawManifest.of(bytes(json), MediaType.OCI_MANIFEST));

    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> run("a.example:5000/src/repo:broken", "oci:b:dst/repo:broken"));

    assertInstanceOf(NotFoundException.class, JdxfException.unwrap(e));
    assertTrue(
        layoutB
            .backend()
            .manifests()
            .head(DST, Alias.parse("broken"))
            .toCompletableFuture()
            .join()
            .isEmpty());
  }
}
