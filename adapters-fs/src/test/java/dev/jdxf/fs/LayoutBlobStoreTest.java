package dev.jdxf.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.MountFailedException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.model.RepositoryName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LayoutBlobStoreTest extends LayoutTestBase {
  private static final RepositoryName OTHER = RepositoryName.parse("other");

  static List<String> filesUnder(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void writeStoresTheBlobUnderItsDigestInANewLayout() throws Exception {
    byte[] bytes = LocalFileAdapterTest.randomBytes(300_000, 4);

    BlobInfo info = write(bytes);

    assertEquals(new BlobInfo(Digest.sha256(bytes), bytes.length), info);
    Path file = repoDir().resolve("blobs/sha256/" + info.digest().hex());
    assertArrayEquals(bytes, Files.readAllBytes(file));
    assertEquals(
        "{\"imageLayoutVersion\":\"1.0.0\"}", Files.readString(repoDir().resolve("oci-layout")));
    assertTrue(Files.readString(repoDir().resolve("index.json")).contains("\"manifests\":[]"));
    assertEquals(List.of("sha256/" + info.digest().hex()), filesUnder(repoDir().resolve("blobs")));
  }

  @Test
  void statAndReadAnswerWhatWasWritten() {
    byte[] bytes = LocalFileAdapterTest.randomBytes(2 * LocalFileAdapter.CHUNK + 5, 5);
    BlobInfo info = write(bytes);

    assertEquals(
        Optional.of((long) bytes.length), Await.result(store.blobs().stat(REPO, info.digest())));
    var content = Await.result(store.blobs().read(REPO, info.digest()));
    assertEquals(bytes.length, content.size());
    assertArrayEquals(bytes, Await.result(Publishers.collect(content.bytes())));
  }

  @Test
  void absentBlobsAndRepositories() {
    Digest absent = Digest.sha256(utf8("absent"));
    assertEquals(Optional.empty(), Await.result(store.blobs().stat(REPO, absent)));
    NotFoundException e = Await.failure(NotFoundException.class, store.blobs().read(REPO, absent));
    assertEquals("blob " + absent + " not found in repository 'team/data'", e.getMessage());
    write(utf8("x"));
    assertEquals(Optional.empty(), Await.result(store.blobs().stat(REPO, absent)));
    Await.failure(NotFoundException.class, store.blobs().read(REPO, absent));
    Await.failure(NotFoundException.class, store.blobs().delete(REPO, absent));
  }

  @Test
  void aKnownDigestIsVerifiedAndAMismatchLeavesNoFile() throws Exception {
    byte[] bytes = utf8("the real bytes");
    Digest wrong = Digest.sha256(utf8("other bytes"));
    BlobSource source =
        new BlobSource(Publishers.of(bytes, 3), Optional.of(wrong), OptionalLong.empty());

    DigestMismatchException e =
        Await.failure(DigestMismatchException.class, store.blobs().write(REPO, source));

    assertEquals(wrong, e.expected());
    assertEquals(Optional.of(Digest.sha256(bytes)), e.actual());
    assertEquals(List.of(), filesUnder(repoDir().resolve("blobs")));
  }

  @Test
  void aKnownDigestThatMatchesIsStored() {
    byte[] bytes = utf8("known");
    BlobInfo known = new BlobInfo(Digest.sha256(bytes), bytes.length);
    assertEquals(
        known,
        Await.result(store.blobs().write(REPO, BlobSource.known(known, Publishers.of(bytes, 2)))));
  }

  @Test
  void aWrongSizeIsRefusedAndLeavesNoFile() throws Exception {
    byte[] bytes = utf8("twelve bytes");
    BlobSource source =
        new BlobSource(Publishers.of(bytes, 5), Optional.empty(), OptionalLong.of(99));
    Await.failure(BadArgumentException.class, store.blobs().write(REPO, source));
    assertEquals(List.of(), filesUnder(repoDir().resolve("blobs")));
  }

  @Test
  void aSourceThatFailsMidStreamLeavesNoFile() throws Exception {
    byte[] bytes = LocalFileAdapterTest.randomBytes(50_000, 6);
    BlobSource source =
        BlobSource.unknown(
            Publishers.failingAfter(bytes, 4096, new NotFoundException("upstream went away")));
    NotFoundException e = Await.failure(NotFoundException.class, store.blobs().write(REPO, source));
    assertEquals("upstream went away", e.getMessage());
    assertEquals(List.of(), filesUnder(repoDir().resolve("blobs")));
  }

  @Test
  void writingTheSameBlobTwiceKeepsOneFile() throws Exception {
    BlobInfo a = write(utf8("same"));
    BlobInfo b = write(utf8("same"));
    assertEquals(a, b);
    assertEquals(List.of("sha256/" + a.digest().hex()), filesUnder(repoDir().resolve("blobs")));
  }

  @Test
  void aWriteDeletesTemporaryFilesADeadWriterLeftADayAgoAndNoOthers() throws Exception {
    write(utf8("first"));
    Path dir = repoDir().resolve("blobs/sha256");
    Instant now = Instant.now();
    Path dead = Files.write(dir.resolve(".tmp-dead"), new byte[4096]);
    Files.setLastModifiedTime(dead, FileTime.from(now.minus(Duration.ofHours(25))));
    Path live = Files.write(dir.resolve(".tmp-live"), new byte[16]);
    Files.setLastModifiedTime(live, FileTime.from(now.minus(Duration.ofHours(23))));
    Path outside = Files.write(root.resolve("outside"), utf8("not the layout's"));
    Files.setLastModifiedTime(outside, FileTime.from(now.minus(Duration.ofDays(3))));
    Path link = Files.createSymbolicLink(dir.resolve(".tmp-link"), outside);
    Path old = Files.write(dir.resolve("old-but-no-temp"), utf8("x"));
    Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofDays(3))));

    BlobInfo second = write(utf8("second"));

    assertFalse(Files.exists(dead), "the dead writer's file");
    assertTrue(Files.exists(live), "a file written within the day");
    assertTrue(Files.isSymbolicLink(link), "a link is not a temporary file of ours");
    assertEquals("not the layout's", Files.readString(outside));
    assertTrue(Files.exists(old), "only .tmp-* files are swept");
    assertTrue(Files.exists(dir.resolve(second.digest().hex())));
  }

  @Test
  void sha512BlobsLiveUnderTheirAlgorithm() throws Exception {
    byte[] bytes = utf8("sha512 content");
    Digest d =
        Digest.of(DigestAlgorithm.SHA512, DigestAlgorithm.SHA512.newMessageDigest().digest(bytes));
    BlobSource source =
        new BlobSource(Publishers.of(bytes, 4), Optional.of(d), OptionalLong.empty());
    assertEquals(new BlobInfo(d, bytes.length), Await.result(store.blobs().write(REPO, source)));
    assertTrue(Files.isRegularFile(repoDir().resolve("blobs/sha512/" + d.hex())));
    assertEquals(Optional.of((long) bytes.length), Await.result(store.blobs().stat(REPO, d)));
  }

  @Test
  void mountHardLinksTheBlobOfTheOtherRepository() throws Exception {
    BlobInfo info = write(utf8("shared layer"));

    Await.result(store.blobs().mount(OTHER, REPO, info.digest(), Optional.empty()));

    Path source = repoDir().resolve("blobs/sha256/" + info.digest().hex());
    Path target = root.resolve("other/blobs/sha256/" + info.digest().hex());
    assertTrue(Files.isSameFile(source, target));
    assertEquals(2, (int) Files.getAttribute(target, "unix:nlink"));
    assertEquals(Optional.of(info.size()), Await.result(store.blobs().stat(OTHER, info.digest())));
  }

  @Test
  void mountOfAnAbsentBlobFailsUnlessTheBytesAreOffered() throws Exception {
    byte[] bytes = utf8("fallback bytes");
    Digest d = Digest.sha256(bytes);

    MountFailedException e =
        Await.failure(
            MountFailedException.class, store.blobs().mount(OTHER, REPO, d, Optional.empty()));
    assertTrue(String.valueOf(e.getMessage()).contains("mount failed"), e.getMessage());
    assertEquals(List.of(), filesUnder(root.resolve("other/blobs")));

    Await.result(
        store
            .blobs()
            .mount(OTHER, REPO, d, Optional.of(BlobSource.unknown(Publishers.of(bytes, 5)))));
    assertEquals(Optional.of((long) bytes.length), Await.result(store.blobs().stat(OTHER, d)));
  }

  @Test
  void deleteRemovesTheFile() {
    BlobInfo info = write(utf8("to delete"));
    Await.result(store.blobs().delete(REPO, info.digest()));
    assertEquals(Optional.empty(), Await.result(store.blobs().stat(REPO, info.digest())));
    Await.failure(NotFoundException.class, store.blobs().delete(REPO, info.digest()));
  }
}
