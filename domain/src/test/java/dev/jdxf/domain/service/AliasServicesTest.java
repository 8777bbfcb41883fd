package dev.jdxf.domain.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.ErrorKind;
import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.manifest.DxfAliasManifest;
import dev.jdxf.domain.manifest.ManifestParser;
import dev.jdxf.domain.manifest.Schema1Signer;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.Platform;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.Schema1Manifest;
import dev.jdxf.domain.port.in.AliasCommand;
import dev.jdxf.domain.port.in.BlobTarget;
import dev.jdxf.domain.port.in.DeleteAliasUseCase;
import dev.jdxf.domain.port.in.DeleteBlobUseCase;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.in.PerPlatform;
import dev.jdxf.domain.port.in.SetAliasUseCase;
import dev.jdxf.domain.port.in.SetAliasUseCase.BlobRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AliasServicesTest extends ServiceFixture {
  static final Alias MULTI = Alias.parse("multi");
  final RawManifest amd64 = image("amd", "layer-a1", "layer-a2");
  final RawManifest arm = image("arm", "layer-r1");

  private AliasCommand cmd(Alias alias, Optional<Platform> platform) {
    return new AliasCommand(REPO, ManifestSource.alias(alias), platform);
  }

  private void multiPlatform() {
    Map<String, RawManifest> images = new LinkedHashMap<>();
    images.put("linux/arm/v7", arm);
    images.put("linux/amd64", amd64);
    index(MULTI.name(), images);
  }

  private static List<Digest> layers(RawManifest m) {
    return ManifestParser.parse(m).layerDigests();
  }

  @Test
  void setAliasWritesTheDxfManifestFromDigestsAndFiles() {
    BlobInfo a = store.addBlob(REPO, bytes("first"));
    byte[] second = bytes("second blob");
    BlobInfo b = store.addBlob(REPO, second);
    RawManifest written =
        await(
            useCases
                .setAlias()
                .setAlias(
                    new SetAliasUseCase.Command(
                        REPO,
                        Alias.parse("al"),
                        List.of(
                            new BlobRef.ByDigest(a.digest()),
                            new BlobRef.LocalFile(files.add("d/f", second))))));
    assertArrayEquals(DxfAliasManifest.of(List.of(a, b)).bytes(), written.bytes());
    assertArrayEquals(written.bytes(), await(store.get(REPO, Alias.parse("al"))).bytes());
    assertEquals(
        PerPlatform.single(List.of(a.digest(), b.digest())),
        await(useCases.getAlias().getAlias(cmd(Alias.parse("al"), Optional.empty()))));
    assertEquals(
        PerPlatform.single(a.digest()),
        await(useCases.getDigest().getDigest(cmd(Alias.parse("al"), Optional.empty()))));
  }

  @Test
  void setAliasOfAnAbsentBlobIsNotFound() {
    Digest absent = Digest.sha256(bytes("absent"));
    JdxfException e =
        fails(
            ErrorKind.NOT_FOUND,
            useCases
                .setAlias()
                .setAlias(
                    new SetAliasUseCase.Command(
                        REPO, Alias.parse("x"), List.of(new BlobRef.ByDigest(absent)))));
    assertTrue(message(e).contains(absent.toString()), message(e));
  }

  @Test
  void setAliasFallsBackToSignedSchema1OnA400() {
    store.refuseSchema2();
    BlobInfo a = store.addBlob(REPO, bytes("one"));
    BlobInfo b = store.addBlob(REPO, bytes("two"));
    RawManifest written =
        await(
            useCases
                .setAlias()
                .setAlias(
                    new SetAliasUseCase.Command(
                        REPO,
                        Alias.parse("old"),
                        List.of(
                            new BlobRef.ByDigest(a.digest()), new BlobRef.ByDigest(b.digest())))));
    assertEquals(MediaType.DOCKER_SCHEMA1_SIGNED, written.mediaType());
    Schema1Manifest m = assertInstanceOf(Schema1Manifest.class, ManifestParser.parse(written));
    assertEquals(List.of(a.digest(), b.digest()), m.layerDigests());
    assertEquals(
        Schema1Signer.unsigned(REPO, Alias.parse("old"), List.of(a.digest(), b.digest())),
        written.text().substring(0, written.text().indexOf(", \"signatures\"")) + "}");
    assertEquals(
        PerPlatform.single(List.of(a.digest(), b.digest())),
        await(useCases.getAlias().getAlias(cmd(Alias.parse("old"), Optional.empty()))));
    JdxfException e =
        fails(
            ErrorKind.INVALID_MANIFEST,
            useCases.getDigest().getDigest(cmd(Alias.parse("old"), Optional.empty())));
    assertEquals("get-digest is not available for schema 1 manifests", message(e));
    assertEquals(
        PerPlatform.single(6L),
        await(
            useCases
                .blobSize()
                .blobSize(
                    new dev.jdxf.domain.port.in.BlobSizeUseCase.Command(
                        REPO,
                        new BlobTarget.ManifestBlobs(ManifestSource.alias(Alias.parse("old"))),
                        Optional.empty()))));
  }

  @Test
  void otherPutFailuresAreNotRetried() {
    JdxfException e =
        fails(
            ErrorKind.NOT_FOUND,
            useCases
                .setAlias()
                .setAlias(
                    new SetAliasUseCase.Command(
                        REPO,
                        Alias.parse("x"),
                        List.of(new BlobRef.LocalFile(java.nio.file.Path.of("missing"))))));
    assertTrue(message(e).contains("missing"));
    assertFalse(store.calls().stream().anyMatch(c -> c.startsWith("manifest-put")));
  }

  @Test
  void multiPlatformReadsGiveOneResultPerPlatformSorted() {
    multiPlatform();
    PerPlatform<List<Digest>> all =
        await(useCases.getAlias().getAlias(cmd(MULTI, Optional.empty())));
    SortedMap<String, List<Digest>> expected = new TreeMap<>();
    expected.put("linux/amd64", layers(amd64));
    expected.put("linux/arm/v7", layers(arm));
    assertEquals(new PerPlatform.ByPlatform<>(expected), all);

    PerPlatform<Digest> digests =
        await(useCases.getDigest().getDigest(cmd(MULTI, Optional.empty())));
    PerPlatform.ByPlatform<Digest> byDigest =
        assertInstanceOf(PerPlatform.ByPlatform.class, digests);
    assertEquals(List.of("linux/amd64", "linux/arm/v7"), List.copyOf(byDigest.values().keySet()));

    PerPlatform<RawManifest> manifests =
        await(
            useCases
                .getManifest()
                .getManifest(cmd(MULTI, Optional.of(Platform.parse("linux/arm/v7")))));
    assertEquals(PerPlatform.single(arm), manifests);
    assertEquals(
        PerPlatform.single(layers(amd64)),
        await(
            useCases.getAlias().getAlias(cmd(MULTI, Optional.of(Platform.parse("linux/amd64"))))));
  }

  @Test
  void anUnknownPlatformNamesTheAliasAndTheOthers() {
    multiPlatform();
    JdxfException e =
        fails(
            ErrorKind.PLATFORM_NOT_FOUND,
            useCases.getAlias().getAlias(cmd(MULTI, Optional.of(Platform.parse("linux/s390x")))));
    assertEquals(
        "platform linux/s390x not found in alias @multi in test/repo; available: linux/amd64, linux/arm/v7",
        message(e));
  }

  @Test
  void getManifestOfAnImageIsItsBytes() {
    BlobInfo a = store.addBlob(REPO, bytes("only"));
    RawManifest m = DxfAliasManifest.of(List.of(a));
    store.addManifest(REPO, Optional.of(Alias.parse("one")), m);
    assertEquals(
        PerPlatform.single(m),
        await(useCases.getManifest().getManifest(cmd(Alias.parse("one"), Optional.empty()))));
    AliasCommand given = new AliasCommand(REPO, ManifestSource.given(m), Optional.empty());
    assertEquals(
        PerPlatform.single(List.of(a.digest())), await(useCases.getAlias().getAlias(given)));
  }

  @Test
  void deleteAliasOfAnImageReturnsItsLayers() {
    BlobInfo a = store.addBlob(REPO, bytes("a"));
    BlobInfo b = store.addBlob(REPO, bytes("b"));
    RawManifest m = DxfAliasManifest.of(List.of(a, b));
    store.addManifest(REPO, Optional.of(Alias.parse("d")), m);
    assertEquals(
        PerPlatform.single(List.of(a.digest(), b.digest())),
        await(
            useCases
                .deleteAlias()
                .deleteAlias(
                    new DeleteAliasUseCase.Command(REPO, Alias.parse("d"), Optional.empty()))));
    assertFalse(store.hasManifest(REPO, m.digest()));
    assertTrue(store.calls().contains("manifest-delete " + REPO + " " + m.digest()));
    assertTrue(store.hasBlob(REPO, a.digest()), "del-alias leaves the blobs");
    fails(
        ErrorKind.NOT_FOUND,
        useCases
            .deleteAlias()
            .deleteAlias(new DeleteAliasUseCase.Command(REPO, Alias.parse("d"), Optional.empty())));
  }

  @Test
  void deleteAliasOfAnIndexReturnsThePlatformManifests() {
    multiPlatform();
    RawManifest index = await(store.get(REPO, MULTI));
    PerPlatform<List<Digest>> out =
        await(
            useCases
                .deleteAlias()
                .deleteAlias(new DeleteAliasUseCase.Command(REPO, MULTI, Optional.empty())));
    SortedMap<String, List<Digest>> expected = new TreeMap<>();
    expected.put("linux/amd64", List.of(amd64.digest()));
    expected.put("linux/arm/v7", List.of(arm.digest()));
    assertEquals(new PerPlatform.ByPlatform<>(expected), out);
    assertFalse(store.hasManifest(REPO, index.digest()));
    assertTrue(store.hasManifest(REPO, amd64.digest()));
  }

  @Test
  void deleteAliasWithAPlatformDeletesThatPlatformManifest() {
    multiPlatform();
    PerPlatform<List<Digest>> out =
        await(
            useCases
                .deleteAlias()
                .deleteAlias(
                    new DeleteAliasUseCase.Command(
                        REPO, MULTI, Optional.of(Platform.parse("linux/arm/v7")))));
    assertEquals(PerPlatform.single(layers(arm)), out);
    assertFalse(store.hasManifest(REPO, arm.digest()));
    assertTrue(store.hasManifest(REPO, amd64.digest()));
  }

  @Test
  void deleteBlobOfAnAliasDeletesTheAliasThenItsBlobs() {
    BlobInfo a = store.addBlob(REPO, bytes("a"));
    BlobInfo b = store.addBlob(REPO, bytes("b"));
    RawManifest m = DxfAliasManifest.of(List.of(a, b, a));
    store.addManifest(REPO, Optional.of(Alias.parse("d")), m);
    await(
        useCases
            .deleteBlob()
            .deleteBlob(
                new DeleteBlobUseCase.Command(
                    REPO,
                    new BlobTarget.ManifestBlobs(ManifestSource.alias(Alias.parse("d"))),
                    Optional.empty())));
    List<String> deletes = store.calls().stream().filter(c -> c.contains("delete")).toList();
    assertEquals(
        List.of(
            "manifest-delete " + REPO + " " + m.digest(),
            "blob-delete " + REPO + " " + a.digest(),
            "blob-delete " + REPO + " " + b.digest()),
        deletes);
  }

  @Test
  void deleteBlobOfAMultiPlatformAliasDeletesEverythingThenTheIndex() {
    multiPlatform();
    RawManifest index = await(store.get(REPO, MULTI));
    await(
        useCases
            .deleteBlob()
            .deleteBlob(
                new DeleteBlobUseCase.Command(
                    REPO,
                    new BlobTarget.ManifestBlobs(ManifestSource.alias(MULTI)),
                    Optional.empty())));
    for (Digest d : layers(amd64)) {
      assertFalse(store.hasBlob(REPO, d));
    }
    for (Digest d : layers(arm)) {
      assertFalse(store.hasBlob(REPO, d));
    }
    assertFalse(store.hasManifest(REPO, amd64.digest()));
    assertFalse(store.hasManifest(REPO, arm.digest()));
    List<String> deletes = store.calls().stream().filter(c -> c.contains("delete")).toList();
    assertEquals("manifest-delete " + REPO + " " + index.digest(), deletes.get(deletes.size() - 1));
  }

  @Test
  void deleteBlobOfOneDigest() {
    BlobInfo a = store.addBlob(REPO, bytes("a"));
    await(
        useCases
            .deleteBlob()
            .deleteBlob(
                new DeleteBlobUseCase.Command(
                    REPO, new BlobTarget.OneBlob(a.digest()), Optional.empty())));
    assertFalse(store.hasBlob(REPO, a.digest()));
    fails(
        ErrorKind.NOT_FOUND,
        useCases
            .deleteBlob()
            .deleteBlob(
                new DeleteBlobUseCase.Command(
                    REPO, new BlobTarget.OneBlob(a.digest()), Optional.empty())));
  }
}
