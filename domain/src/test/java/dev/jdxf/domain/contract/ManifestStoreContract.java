package dev.jdxf.domain.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.ErrorKind;
import dev.jdxf.domain.manifest.DxfAliasManifest;
import dev.jdxf.domain.manifest.ManifestParser;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ManifestIndex;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.ManifestStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ManifestStore} adapter must have. Subclass it in the adapter's tests
 * and implement {@link #backend()}; blobs are stored through the same backend first, since stores
 * refuse manifests naming blobs they lack.
 */
public abstract class ManifestStoreContract extends ContractSupport {

  private ManifestStore manifests() {
    return backend().manifests();
  }

  private RawManifest dxfManifest(RepositoryName repo, String... contents) {
    List<BlobInfo> blobs = new ArrayList<>();
    for (String c : contents) {
      blobs.add(pushBlob(repo, bytes(c)));
    }
    return DxfAliasManifest.of(blobs);
  }

  @Test
  void putByAliasThenGetByAliasAndByDigestGiveTheSameBytesAndType() {
    RepositoryName repo = newRepository();
    RawManifest m = dxfManifest(repo, "first " + repo, "second " + repo);
    Digest put = await(manifests().put(repo, Alias.parse("v1"), m));
    assertEquals(m.digest(), put);
    for (RawManifest got :
        List.of(
            await(manifests().get(repo, Alias.parse("v1"))),
            await(manifests().get(repo, m.digest())))) {
      assertArrayEquals(m.bytes(), got.bytes());
      assertEquals(MediaType.DOCKER_MANIFEST, got.mediaType());
      assertEquals(m.digest(), got.digest());
    }
  }

  @Test
  void headGivesTheDescriptorAndEmptyWhenAbsent() {
    RepositoryName repo = newRepository();
    RawManifest m = dxfManifest(repo, "head " + repo);
    await(manifests().put(repo, Alias.parse("h"), m));
    Descriptor d = await(manifests().head(repo, Alias.parse("h"))).orElseThrow();
    assertEquals(MediaType.DOCKER_MANIFEST, d.mediaType());
    assertEquals(m.digest(), d.digest());
    assertEquals(m.size(), d.size());
    assertEquals(Optional.empty(), await(manifests().head(repo, Alias.parse("nope"))));
  }

  @Test
  void getOfAnAbsentAliasIsNotFound() {
    RepositoryName repo = newRepository();
    await(manifests().put(repo, Alias.parse("present"), dxfManifest(repo, "x " + repo)));
    assertFailsWith(ErrorKind.NOT_FOUND, manifests().get(repo, Alias.parse("absent")));
  }

  @Test
  void listAliasesPageByPageCollectsThemAll() {
    RepositoryName repo = newRepository();
    RawManifest m = dxfManifest(repo, "listed " + repo);
    List<String> names = List.of("a1", "b2", "c3");
    for (String n : names) {
      await(manifests().put(repo, Alias.parse(n), m));
    }
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(1);
    for (int i = 0; i < 10; i++) {
      Page page = await(manifests().listAliases(repo, request));
      assertTrue(page.items().size() <= 1, () -> "page larger than asked: " + page.items());
      seen.addAll(page.items());
      if (page.next().isEmpty()) {
        break;
      }
      request = request.after(page.next().get());
    }
    assertEquals(names, seen.stream().sorted().toList());
  }

  @Test
  void deleteByDigestThenGetIsNotFound() {
    RepositoryName repo = newRepository();
    RawManifest keep = dxfManifest(repo, "kept " + repo);
    await(manifests().put(repo, Alias.parse("keep"), keep));
    RawManifest m = dxfManifest(repo, "deleted " + repo);
    await(manifests().put(repo, Alias.parse("gone"), m));
    await(manifests().delete(repo, m.digest()));
    assertFailsWith(ErrorKind.NOT_FOUND, manifests().get(repo, m.digest()));
    assertFailsWith(ErrorKind.NOT_FOUND, manifests().get(repo, Alias.parse("gone")));
    assertArrayEquals(keep.bytes(), await(manifests().get(repo, Alias.parse("keep"))).bytes());
  }

  @Test
  void putOfAnOciIndexAndItsImageManifests() {
    RepositoryName repo = newRepository();
    Map<String, RawManifest> images = new LinkedHashMap<>();
    for (String platform : List.of("linux/amd64", "linux/arm64")) {
      BlobInfo config = pushBlob(repo, bytes("{\"architecture\": \"" + platform + "\"}"));
      BlobInfo layer = pushBlob(repo, bytes("layer of " + platform + " " + repo));
      RawManifest image = ociImage(config, List.of(layer));
      assertEquals(image.digest(), await(manifests().put(repo, image.digest(), image)));
      images.put(platform, image);
    }
    RawManifest index = ociIndex(images);
    assertEquals(index.digest(), await(manifests().put(repo, Alias.parse("multi"), index)));
    RawManifest got = await(manifests().get(repo, Alias.parse("multi")));
    assertArrayEquals(index.bytes(), got.bytes());
    assertEquals(MediaType.OCI_INDEX, got.mediaType());
    ManifestIndex parsed = assertInstanceOf(ManifestIndex.class, ManifestParser.parse(got));
    assertEquals(2, parsed.manifests().size());
    RawManifest expected = Optional.ofNullable(images.get("linux/amd64")).orElseThrow();
    RawManifest amd64 = await(manifests().get(repo, expected.digest()));
    assertArrayEquals(expected.bytes(), amd64.bytes());
    assertEquals(MediaType.OCI_MANIFEST, amd64.mediaType());
  }
}
