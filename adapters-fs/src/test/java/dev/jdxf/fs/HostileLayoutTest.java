package dev.jdxf.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.StorageException;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Layouts tampered with by someone else: links, oversized or malformed files, odd names. */
class HostileLayoutTest extends LayoutTestBase {

  private static void assertMentions(JdxfException e, String text) {
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains(text), message);
  }

  @Test
  void aBlobThatIsASymlinkIsRefused() throws Exception {
    write(utf8("something"));
    Path secret = Files.writeString(root.resolveSibling(root.getFileName() + "-secret"), "secret");
    Digest d = Digest.sha256(utf8("secret"));
    Path link = repoDir().resolve("blobs/sha256/" + d.hex());
    Files.createSymbolicLink(link, secret);
    try {
      StorageException stat = Await.failure(StorageException.class, store.blobs().stat(REPO, d));
      assertMentions(stat, "refusing symbolic link");
      Await.failure(StorageException.class, store.blobs().read(REPO, d));
      Await.failure(StorageException.class, store.blobs().delete(REPO, d));
      Await.failure(StorageException.class, store.manifests().get(REPO, d));
      Await.failure(
          StorageException.class,
          store.blobs().mount(RepositoryName.parse("other"), REPO, d, Optional.empty()));
      assertTrue(Files.exists(secret));
    } finally {
      Files.delete(secret);
    }
  }

  @Test
  void aRepositoryDirectoryBehindASymlinkIsRefused() throws Exception {
    Path outside = Files.createDirectories(root.resolveSibling(root.getFileName() + "-outside"));
    try {
      write(OciLayoutAdapters.create(vertx, outside), RepositoryName.parse("x"), utf8("outside"));
      Files.createSymbolicLink(root.resolve("evil"), outside);
      RepositoryName evil = RepositoryName.parse("evil/x");
      Digest d = Digest.sha256(utf8("outside"));

      assertMentions(
          Await.failure(StorageException.class, store.blobs().stat(evil, d)),
          "refusing symbolic link");
      Await.failure(StorageException.class, store.blobs().read(evil, d));
      Await.failure(
          StorageException.class,
          store.blobs().write(evil, BlobSource.unknown(Publishers.of(utf8("in"), 2))));
      Await.failure(StorageException.class, store.manifests().get(evil, Alias.parse("v1")));
      assertEquals(
          List.of(), Await.result(store.catalog().listRepositories(PageRequest.first(0))).items());
    } finally {
      try (var s = Files.walk(outside)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void anIndexJsonThatIsASymlinkIsRefused() throws Exception {
    RawManifest m = stored();
    Path index = repoDir().resolve("index.json");
    Path moved = Files.move(index, repoDir().resolve("elsewhere.json"));
    Files.createSymbolicLink(index, moved);
    assertMentions(
        Await.failure(StorageException.class, store.manifests().get(REPO, Alias.parse("v1"))),
        "refusing symbolic link");
    Await.failure(StorageException.class, store.manifests().put(REPO, Alias.parse("v2"), m));
    assertTrue(Files.isSymbolicLink(index), "the link was not replaced");
  }

  @Test
  void anOversizedIndexJsonIsRefused() throws Exception {
    stored();
    Path index = repoDir().resolve("index.json");
    Files.write(index, new byte[RawManifest.MAX_BYTES + 1]);
    assertMentions(
        Await.failure(StorageException.class, store.manifests().get(REPO, Alias.parse("v1"))),
        "larger than the limit of 4194304 bytes");
  }

  @Test
  void aMalformedDigestInIndexJsonIsReported() throws Exception {
    stored();
    Path index = repoDir().resolve("index.json");
    Files.writeString(
        index,
        "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + "\"digest\":\"sha256:../../../etc/passwd\",\"size\":1}]}");
    StorageException e =
        Await.failure(StorageException.class, store.manifests().get(REPO, Alias.parse("v1")));
    assertMentions(e, "corrupt OCI layout");
    assertMentions(e, "manifests[0]");
    assertMentions(e, "invalid digest");
    Await.failure(
        StorageException.class, store.manifests().listAliases(REPO, PageRequest.first(0)));
  }

  @Test
  void indexJsonThatIsNotJsonIsReported() throws Exception {
    stored();
    Files.writeString(repoDir().resolve("index.json"), "not json");
    assertMentions(
        Await.failure(StorageException.class, store.manifests().get(REPO, Alias.parse("v1"))),
        "not JSON");
  }

  @Test
  void anOversizedManifestBlobIsAnInvalidManifest() throws Exception {
    RawManifest m = stored();
    Path blob = repoDir().resolve("blobs/sha256/" + m.digest().hex());
    Files.write(blob, new byte[RawManifest.MAX_BYTES + 10]);
    assertMentions(
        Await.failure(
            InvalidManifestException.class, store.manifests().get(REPO, Alias.parse("v1"))),
        "larger than the limit");
  }

  @Test
  void aTamperedManifestBlobFailsItsDigest() throws Exception {
    RawManifest m = stored();
    Path blob = repoDir().resolve("blobs/sha256/" + m.digest().hex());
    Files.writeString(blob, "{\"schemaVersion\":2,\"manifests\":[]}");
    Await.failure(DigestMismatchException.class, store.manifests().get(REPO, Alias.parse("v1")));
  }

  @Test
  void aRepositoryInsideAnotherRepositorysBlobsIsRefused() {
    write(utf8("a"));
    RepositoryName inside = RepositoryName.parse("team/data/blobs/sha256");
    assertMentions(
        Await.failure(
            BadArgumentException.class,
            store.blobs().write(inside, BlobSource.unknown(Publishers.of(utf8("b"), 1)))),
        "inside the blobs directory");
    Await.failure(BadArgumentException.class, store.blobs().stat(inside, Digest.sha256(utf8("a"))));
  }

  @Test
  void hardLinkedBlobsAreServedBecauseTheReaderVerifiesThem() throws Exception {
    BlobInfo info = write(utf8("linked"));
    Path blob = repoDir().resolve("blobs/sha256/" + info.digest().hex());
    Path outsideLink = root.resolveSibling(root.getFileName() + "-hardlink");
    Files.createLink(outsideLink, blob);
    try {
      assertEquals(Optional.of(info.size()), Await.result(store.blobs().stat(REPO, info.digest())));
    } finally {
      Files.delete(outsideLink);
    }
  }

  private RawManifest stored() {
    BlobInfo layer = write(utf8("layer"));
    RawManifest m = manifest(layer.digest(), layer.size());
    Await.result(store.manifests().put(REPO, Alias.parse("v1"), m));
    return m;
  }
}
