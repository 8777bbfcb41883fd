package dev.jdxf.app.facade;

import static dev.jdxf.app.facade.FacadeTesting.await;
import static dev.jdxf.app.facade.FacadeTesting.collect;
import static dev.jdxf.app.facade.FacadeTesting.freshRepository;
import static dev.jdxf.app.facade.FacadeTesting.randomBytes;
import static dev.jdxf.app.facade.FacadeTesting.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.error.StorageException;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.testing.RegistryExtension;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blob I/O through the facade in Vert.x terms, run against each registry mode. */
abstract class FacadeBlobContract {
  private static final int SIZE = 3_000_017;

  @TempDir Path dir;
  Vertx vertx = Vertx.vertx();
  JdxfRegistry registry = Jdxf.registry(vertx, JdxfOptions.of("unused.invalid"));

  abstract RegistryExtension server();

  @BeforeEach
  void connect() throws Exception {
    await(registry.close());
    registry = Jdxf.registry(vertx, FacadeTesting.options(server()));
  }

  @AfterEach
  void disconnect() throws Exception {
    await(registry.close());
    await(vertx.close());
  }

  private AsyncFile open(Path file, OpenOptions options) throws Exception {
    return await(vertx.fileSystem().open(file.toString(), options));
  }

  @Test
  void pushFromAPathThenPullAsAReadStream() throws Exception {
    byte[] content = randomBytes(SIZE, 1);
    JdxfRepository repo = registry.repository(freshRepository());

    Digest digest = await(repo.pushBlob(write(dir, "blob", content)));
    assertEquals(Jdxf.hashBytes(content), digest);

    PulledBlob blob = await(repo.pullBlob(digest));
    assertEquals(SIZE, blob.size());
    assertArrayEquals(content, await(collect(blob.stream())).getBytes());
  }

  @Test
  void pushFromAReadStreamThenPullIntoAnAsyncFile() throws Exception {
    byte[] content = randomBytes(SIZE, 2);
    JdxfRepository repo = registry.repository(freshRepository());
    AsyncFile source = open(write(dir, "in", content), new OpenOptions().setRead(true));

    Digest digest = await(repo.pushBlob(source, PushOptions.defaults()));
    assertEquals(Jdxf.hashBytes(content), digest);

    Path out = dir.resolve("out");
    AsyncFile target = open(out, new OpenOptions().setWrite(true).setCreateNew(true));
    BlobInfo pulled = await(repo.pullBlob(digest, target));
    assertEquals(new BlobInfo(digest, SIZE), pulled);
    assertArrayEquals(content, Files.readAllBytes(out));
  }

  @Test
  void pushFromAReadStreamWithAKnownDigestAndSize() throws Exception {
    byte[] content = randomBytes(SIZE, 3);
    Digest known = Jdxf.hashBytes(content);
    JdxfRepository repo = registry.repository(freshRepository());
    AsyncFile source = open(write(dir, "in", content), new OpenOptions().setRead(true));

    Digest digest =
        await(repo.pushBlob(source, PushOptions.defaults().withDigest(known).withSize(SIZE)));
    assertEquals(known, digest);
    assertEquals(SIZE, await(repo.blobSize(digest)));
  }

  @Test
  void progressGoesFromZeroToTheTotalBothWays() throws Exception {
    byte[] content = randomBytes(SIZE, 4);
    JdxfRepository repo = registry.repository(freshRepository());
    FacadeTesting.Recorder pushed = new FacadeTesting.Recorder();
    FacadeTesting.Recorder pulled = new FacadeTesting.Recorder();

    Digest digest =
        await(
            repo.pushBlob(
                write(dir, "blob", content), PushOptions.defaults().withProgress(pushed)));
    Path out = dir.resolve("out");
    await(
        repo.pullBlob(
            digest, open(out, new OpenOptions().setWrite(true).setCreateNew(true)), pulled));

    for (FacadeTesting.Recorder r : new FacadeTesting.Recorder[] {pushed, pulled}) {
      assertTrue(r.calls.size() >= 2, "at least a first and a last call");
      assertEquals(0, r.calls.get(0)[0]);
      long[] last = r.calls.get(r.calls.size() - 1);
      assertEquals(SIZE, last[0]);
      assertEquals(SIZE, last[1]);
      long previous = -1;
      for (long[] call : r.calls) {
        assertTrue(call[0] >= previous, "progress never goes back");
        previous = call[0];
      }
      assertTrue(r.digests.stream().allMatch(digest::equals));
    }
  }

  @Test
  void pullIntoAPathReplacesTheFileOnlyOnceVerified() throws Exception {
    byte[] content = randomBytes(SIZE, 7);
    JdxfRepository repo = registry.repository(freshRepository());
    Digest digest = await(repo.pushBlob(write(dir, "blob", content)));
    Path target = write(dir, "target", "old content".getBytes(StandardCharsets.UTF_8));

    assertEquals(new BlobInfo(digest, SIZE), await(repo.pullBlob(digest, target)));
    assertArrayEquals(content, Files.readAllBytes(target));
    assertEquals(List.of("blob", "target"), names(dir), "no temporary file is left");
  }

  @Test
  void pullOfACorruptedBlobIntoAPathLeavesTheFileAsItWas() throws Exception {
    byte[] content = randomBytes(SIZE, 8);
    JdxfRepository repo = registry.repository(freshRepository());
    Digest digest = await(repo.pushBlob(write(dir, "blob", content)));
    byte[] corrupted = content.clone();
    corrupted[SIZE / 2] ^= 0x55;
    Files.write(server().blobDataFile(digest.hex()), corrupted);
    Path target = write(dir, "target", "old content".getBytes(StandardCharsets.UTF_8));

    DigestMismatchException e =
        assertThrows(DigestMismatchException.class, () -> await(repo.pullBlob(digest, target)));
    assertTrue(String.valueOf(e.getMessage()).contains(digest.toString()), e::getMessage);
    assertEquals("old content", Files.readString(target));
    assertEquals(List.of("blob", "target"), names(dir), "no temporary file is left");
  }

  @Test
  void pullIntoADirectoryFailsAndLeavesIt() throws Exception {
    JdxfRepository repo = registry.repository(freshRepository());
    Digest digest = await(repo.pushBlob(write(dir, "blob", randomBytes(1000, 10))));
    Path target = Files.createDirectory(dir.resolve("target"));

    StorageException e =
        assertThrows(StorageException.class, () -> await(repo.pullBlob(digest, target)));
    assertEquals("cannot write " + target + ": it is a directory", e.getMessage());
    assertTrue(Files.isDirectory(target));
    assertEquals(List.of("blob", "target"), names(dir), "no temporary file is left");
  }

  @Test
  void aLargeFileIsSentWhileHashedAndNotSentAgainWhenPresent() throws Exception {
    byte[] content = randomBytes(9 * 1024 * 1024 + 3, 9);
    JdxfRepository repo = registry.repository(freshRepository());
    Path file = write(dir, "large", content);
    FacadeTesting.Recorder first = new FacadeTesting.Recorder();
    FacadeTesting.Recorder second = new FacadeTesting.Recorder();

    Digest digest = await(repo.pushBlob(file, PushOptions.defaults().withProgress(first)));
    assertEquals(Jdxf.hashBytes(content), digest);
    assertEquals(content.length, await(repo.blobSize(digest)));
    assertEquals(0, first.calls.get(0)[0]);
    assertEquals(content.length, first.calls.get(first.calls.size() - 1)[0]);
    assertTrue(first.digests.stream().allMatch(digest::equals));

    assertEquals(digest, await(repo.pushBlob(file, PushOptions.defaults().withProgress(second))));
    assertEquals(List.of(), second.calls, "nothing is reported when the registry has the blob");
  }

  private static List<String> names(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void pullingAnAbsentBlobFailsWithNotFound() throws Exception {
    JdxfRepository repo = registry.repository(freshRepository());
    await(repo.pushBlob(write(dir, "blob", randomBytes(10, 5))));
    Digest absent = Jdxf.hashBytes(randomBytes(10, 6));
    assertThrows(NotFoundException.class, () -> await(repo.pullBlob(absent)));
  }
}
