package dev.jdxf.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.port.out.LocalFiles;
import io.vertx.core.Vertx;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileAdapterTest {
  private static final Vertx VERTX = Vertx.vertx();
  private static final LocalFiles files = OciLayoutAdapters.localFiles(VERTX);

  @TempDir Path dir;

  @AfterAll
  static void stop() {
    Await.result(VERTX.close().toCompletionStage());
  }

  static byte[] randomBytes(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  @Test
  void hashOfAMultiMebibyteFileIsTheMessageDigestOfItsBytes() throws Exception {
    byte[] bytes = randomBytes(5 * 1024 * 1024 + 123, 1);
    Path file = Files.write(dir.resolve("big"), bytes);

    BlobInfo sha256 = Await.result(files.hash(file, DigestAlgorithm.SHA256));
    BlobInfo sha512 = Await.result(files.hash(file, DigestAlgorithm.SHA512));

    assertEquals(new BlobInfo(Digest.sha256(bytes), bytes.length), sha256);
    assertEquals(
        Digest.of(DigestAlgorithm.SHA512, DigestAlgorithm.SHA512.newMessageDigest().digest(bytes)),
        sha512.digest());
  }

  @Test
  void hashOfAFileLargerThanOneMapWindowCoversEveryByte() throws Exception {
    byte[] block = randomBytes(1 << 20, 7);
    java.security.MessageDigest md = DigestAlgorithm.SHA256.newMessageDigest();
    Path file = dir.resolve("windows");
    long size = LocalFileAdapter.MAP_WINDOW + 5;
    try (var out = Files.newOutputStream(file)) {
      for (long left = size, i = 0; left > 0; left -= block.length, i++) {
        block[0] = (byte) i; // every block differs, so a skipped or repeated one changes the digest
        int n = (int) Math.min(block.length, left);
        out.write(block, 0, n);
        md.update(block, 0, n);
      }
    }
    assertEquals(
        new BlobInfo(Digest.of(DigestAlgorithm.SHA256, md.digest()), size),
        Await.result(files.hash(file, DigestAlgorithm.SHA256)));
  }

  @Test
  void hashOfAnEmptyFile() throws Exception {
    Path file = Files.write(dir.resolve("empty"), new byte[0]);
    assertEquals(
        new BlobInfo(Digest.sha256(new byte[0]), 0),
        Await.result(files.hash(file, DigestAlgorithm.SHA256)));
  }

  @Test
  void openStreamsExactlyTheBytesOneRequestedChunkAtATime() throws Exception {
    byte[] bytes = randomBytes(3 * LocalFileAdapter.CHUNK + 17, 2);
    Path file = Files.write(dir.resolve("f"), bytes);

    BlobContent content = Await.result(files.open(file));

    assertEquals(bytes.length, content.size());
    assertArrayEquals(bytes, Await.result(Publishers.collect(content.bytes())));
  }

  @Test
  void openReadsNothingBeyondDemandAndStopsOnCancel() throws Exception {
    byte[] bytes = randomBytes(5 * LocalFileAdapter.CHUNK, 3);
    Path file = Files.write(dir.resolve("f"), bytes);
    BlobContent content = Await.result(files.open(file));
    CopyOnWriteArrayList<ByteBuffer> received = new CopyOnWriteArrayList<>();
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch third = new CountDownLatch(3);
    AtomicBoolean terminated = new AtomicBoolean();
    Flow.Subscription[] subscription = new Flow.Subscription[1];

    content
        .bytes()
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription[0] = s;
                s.request(1);
              }

              @Override
              public void onNext(ByteBuffer item) {
                received.add(item);
                first.countDown();
                third.countDown();
              }

              @Override
              public void onError(Throwable t) {
                terminated.set(true);
              }

              @Override
              public void onComplete() {
                terminated.set(true);
              }
            });

    assertTrue(first.await(10, TimeUnit.SECONDS));
    Thread.sleep(200);
    assertEquals(1, received.size(), "one chunk requested, one chunk read");
    subscription[0].request(2);
    assertTrue(third.await(10, TimeUnit.SECONDS));
    Thread.sleep(200);
    assertEquals(3, received.size());
    subscription[0].cancel();
    subscription[0].request(5);
    Thread.sleep(200);
    assertEquals(3, received.size(), "nothing after cancel");
    assertTrue(!terminated.get(), "no terminal signal after cancel");
    ByteBuffer second = received.get(1);
    assertEquals(LocalFileAdapter.CHUNK, second.remaining());
    assertEquals(bytes[LocalFileAdapter.CHUNK], second.get(0), "chunks in order, not reused");
  }

  @Test
  void openOfAnEmptyFileCompletesWithNoBytes() throws Exception {
    Path file = Files.write(dir.resolve("empty"), new byte[0]);
    BlobContent content = Await.result(files.open(file));
    assertEquals(0, content.size());
    assertEquals(0, Await.result(Publishers.collect(content.bytes())).length);
  }

  @Test
  void aMissingFileIsNotFoundByName() {
    Path missing = dir.resolve("nope.bin");
    NotFoundException hash =
        Await.failure(NotFoundException.class, files.hash(missing, DigestAlgorithm.SHA256));
    NotFoundException open = Await.failure(NotFoundException.class, files.open(missing));
    assertEquals("file not found: " + missing, hash.getMessage());
    assertEquals("file not found: " + missing, open.getMessage());
  }

  @Test
  void aDirectoryIsRefused() {
    BadArgumentException e =
        Await.failure(BadArgumentException.class, files.hash(dir, DigestAlgorithm.SHA256));
    assertTrue(String.valueOf(e.getMessage()).contains("is a directory"), e.getMessage());
    Await.failure(BadArgumentException.class, files.open(dir));
  }

  @Test
  void theContentIsStreamedOnce() throws Exception {
    Path file = Files.write(dir.resolve("f"), new byte[] {1, 2, 3});
    BlobContent content = Await.result(files.open(file));
    assertArrayEquals(new byte[] {1, 2, 3}, Await.result(Publishers.collect(content.bytes())));
    Throwable again =
        org.junit.jupiter.api.Assertions.assertThrows(
            Exception.class, () -> Publishers.collect(content.bytes()).get(10, TimeUnit.SECONDS));
    assertTrue(String.valueOf(again.getCause()).contains("streamed once"), String.valueOf(again));
  }
}
