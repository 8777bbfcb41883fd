package dev.jdxf.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayoutManifestStoreTest extends LayoutTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawManifest stored(String alias, String content) {
    BlobInfo layer = write(utf8(content));
    RawManifest m = manifest(layer.digest(), layer.size());
    Await.result(store.manifests().put(REPO, Alias.parse(alias), m));
    return m;
  }

  private JsonNode index() throws Exception {
    return JSON.readTree(repoDir().resolve("index.json").toFile());
  }

  @Test
  void anAliasIsAnIndexEntryWithARefNameAndTheManifestIsABlob() throws Exception {
    RawManifest m = stored("v1", "layer one");

    JsonNode entries = index().path("manifests");
    assertEquals(1, entries.size());
    JsonNode e = entries.get(0);
    assertEquals(MediaType.OCI_MANIFEST.value(), e.path("mediaType").asText());
    assertEquals(m.digest().toString(), e.path("digest").asText());
    assertEquals(m.size(), e.path("size").asInt());
    assertEquals("v1", e.path("annotations").path("org.opencontainers.image.ref.name").asText());
    assertArrayEquals(
        m.bytes(), Files.readAllBytes(repoDir().resolve("blobs/sha256/" + m.digest().hex())));
  }

  @Test
  void getByAliasOrDigestReturnsTheExactBytesAndMediaType() {
    RawManifest m = stored("v1", "layer one");

    assertEquals(m, Await.result(store.manifests().get(REPO, Alias.parse("v1"))));
    assertEquals(m, Await.result(store.manifests().get(REPO, m.digest())));
    assertEquals(
        Optional.of(m.descriptor()), Await.result(store.manifests().head(REPO, Alias.parse("v1"))));
    assertEquals(Optional.empty(), Await.result(store.manifests().head(REPO, Alias.parse("v2"))));
  }

  @Test
  void absentAliasesManifestsAndRepositoriesAreNotFound() {
    NotFoundException e =
        Await.failure(NotFoundException.class, store.manifests().get(REPO, Alias.parse("nope")));
    assertEquals("manifest team/data:nope not found", e.getMessage());
    stored("v1", "x");
    Await.failure(NotFoundException.class, store.manifests().get(REPO, Alias.parse("nope")));
    Digest absent = Digest.sha256(utf8("absent"));
    Await.failure(NotFoundException.class, store.manifests().get(REPO, absent));
    Await.failure(NotFoundException.class, store.manifests().delete(REPO, absent));
    Await.failure(
        NotFoundException.class,
        store
            .manifests()
            .listAliases(
                dev.jdxf.domain.model.RepositoryName.parse("nobody"), PageRequest.first(0)));
  }

  @Test
  void aLayerBlobIsNotAManifest() {
    BlobInfo layer = write(utf8("not json at all"));
    Await.failure(NotFoundException.class, store.manifests().get(REPO, layer.digest()));
    assertEquals(Optional.empty(), Await.result(store.manifests().head(REPO, layer.digest())));
  }

  @Test
  void puttingAnAliasAgainMovesItAndTheOldManifestStaysReadableByDigest() throws Exception {
    RawManifest first = stored("v1", "one");
    RawManifest second = stored("v1", "two");

    assertEquals(second, Await.result(store.manifests().get(REPO, Alias.parse("v1"))));
    assertEquals(1, index().path("manifests").size());
    RawManifest old = Await.result(store.manifests().get(REPO, first.digest()));
    assertArrayEquals(first.bytes(), old.bytes());
    assertEquals(MediaType.OCI_MANIFEST, old.mediaType(), "inferred from the body");
  }

  @Test
  void putByDigestAddsAnUntaggedEntryOnce() throws Exception {
    BlobInfo layer = write(utf8("layer"));
    RawManifest m = manifest(layer.digest(), layer.size());

    assertEquals(m.digest(), Await.result(store.manifests().put(REPO, m.digest(), m)));
    assertEquals(m.digest(), Await.result(store.manifests().put(REPO, m.digest(), m)));

    JsonNode entries = index().path("manifests");
    assertEquals(1, entries.size());
    assertFalse(entries.get(0).has("annotations"));
    assertEquals(m, Await.result(store.manifests().get(REPO, m.digest())));
    assertEquals(
        List.of(), Await.result(store.manifests().listAliases(REPO, PageRequest.first(0))).items());

    Await.result(store.manifests().put(REPO, Alias.parse("tagged"), m));
    assertEquals(1, index().path("manifests").size(), "the alias replaces the untagged entry");
  }

  @Test
  void aManifestNamingAnAbsentBlobIsRefusedAndNotIndexed() throws Exception {
    BlobInfo present = write(utf8("present"));
    Digest absent = Digest.sha256(utf8("absent layer"));
    String json =
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
            + "\"digest\":\""
            + present.digest()
            + "\",\"size\":"
            + present.size()
            + "},\"layers\":[{\"mediaType\":\"application/octet-stream\",\"digest\":\""
            + absent
            + "\",\"size\":12}]}";
    RawManifest m = RawManifest.of(utf8(json), MediaType.OCI_MANIFEST);

    InvalidManifestException e =
        Await.failure(
            InvalidManifestException.class, store.manifests().put(REPO, Alias.parse("v1"), m));

    assertTrue(String.valueOf(e.getMessage()).contains(absent.toString()), e.getMessage());
    assertEquals(0, index().path("manifests").size());
    assertFalse(Files.exists(repoDir().resolve("blobs/sha256/" + m.digest().hex())));
  }

  @Test
  void somethingThatIsNotAManifestIsRefused() {
    RawManifest junk = RawManifest.of(utf8("[1, 2, 3]"), MediaType.OCI_MANIFEST);
    Await.failure(
        InvalidManifestException.class, store.manifests().put(REPO, Alias.parse("v1"), junk));
  }

  @Test
  void putByAWrongDigestIsRefused() {
    RawManifest m = manifest(Digest.sha256(utf8("a")), 1);
    Digest wrong = Digest.sha256(utf8("b"));
    Await.failure(DigestMismatchException.class, store.manifests().put(REPO, wrong, m));
  }

  @Test
  void deleteRemovesEveryAliasOfTheManifestAndItsBlob() throws Exception {
    RawManifest m = stored("a", "shared");
    Await.result(store.manifests().put(REPO, Alias.parse("b"), m));
    RawManifest other = stored("c", "other");

    Await.result(store.manifests().delete(REPO, m.digest()));

    assertEquals(
        List.of("c"),
        Await.result(store.manifests().listAliases(REPO, PageRequest.first(0))).items());
    assertFalse(Files.exists(repoDir().resolve("blobs/sha256/" + m.digest().hex())));
    assertEquals(other, Await.result(store.manifests().get(REPO, Alias.parse("c"))));
    Await.failure(NotFoundException.class, store.manifests().get(REPO, Alias.parse("a")));
    Await.failure(NotFoundException.class, store.manifests().delete(REPO, m.digest()));
  }

  @Test
  void listAliasesIsSortedAndPaged() {
    for (String a : List.of("b", "a", "d", "c", "e")) {
      stored(a, "content of " + a);
    }
    Page first = Await.result(store.manifests().listAliases(REPO, PageRequest.first(2)));
    assertEquals(List.of("a", "b"), first.items());
    assertEquals(Optional.of("b"), first.next());
    Page second =
        Await.result(store.manifests().listAliases(REPO, PageRequest.first(2).after("b")));
    assertEquals(List.of("c", "d"), second.items());
    Page last = Await.result(store.manifests().listAliases(REPO, PageRequest.first(2).after("d")));
    assertEquals(List.of("e"), last.items());
    assertEquals(Optional.empty(), last.next());
    assertEquals(
        List.of("a", "b", "c", "d", "e"),
        Await.result(store.manifests().listAliases(REPO, PageRequest.first(0))).items());
  }

  @Test
  void foreignFieldsOfIndexJsonSurviveAChange() throws Exception {
    stored("v1", "one");
    Path file = repoDir().resolve("index.json");
    String text = Files.readString(file);
    Files.writeString(
        file, text.replace("\"manifests\":[", "\"annotations\":{\"keep\":\"me\"},\"manifests\":["));
    stored("v2", "two");
    assertEquals("me", index().path("annotations").path("keep").asText());
    assertEquals(2, index().path("manifests").size());
  }
}
