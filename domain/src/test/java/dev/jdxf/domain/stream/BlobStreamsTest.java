package dev.jdxf.domain.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BlobStreamsTest {
  static final byte[] DATA = "0123456789abcdefghij".getBytes(StandardCharsets.UTF_8);
  static final BlobInfo INFO = new BlobInfo(Digest.sha256(DATA), DATA.length);

  static byte[] collect(Flow.Publisher<ByteBuffer> p) {
    return SmallContent.collect(p, 1 << 20).toCompletableFuture().join();
  }

  static Throwable failure(Flow.Publisher<ByteBuffer> p) {
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> SmallContent.collect(p, 1 << 20).toCompletableFuture().join());
    return java.util.Objects.requireNonNull(e.getCause());
  }

  @Test
  void verifyingPassesGoodBytesUntouched() {
    assertArrayEquals(
        DATA, collect(BlobStreams.verifying(SmallContent.publisherOf(DATA, 3), "blob x", INFO)));
  }

  @Test
  void verifyingFailsAtTheEndOnAWrongDigest() {
    byte[] other = DATA.clone();
    other[5] ^= 1;
    DigestMismatchException e =
        assertInstanceOf(
            DigestMismatchException.class,
            failure(BlobStreams.verifying(SmallContent.publisherOf(other, 3), "blob x", INFO)));
    assertEquals(INFO.digest(), e.expected());
    assertEquals(Digest.sha256(other), e.actual());
    assertTrue(String.valueOf(e.getMessage()).contains("blob x"));
  }

  @Test
  void verifyingFailsOnTooFewOrTooManyBytes() {
    byte[] shorter = java.util.Arrays.copyOf(DATA, DATA.length - 1);
    assertTrue(
        String.valueOf(
                failure(BlobStreams.verifying(SmallContent.publisherOf(shorter), "b", INFO))
                    .getMessage())
            .contains("got 19 bytes"));
    byte[] longer = java.util.Arrays.copyOf(DATA, DATA.length + 5);
    RecordingSubscriber sub = new RecordingSubscriber();
    BlobStreams.verifying(SmallContent.publisherOf(longer, 10), "b", INFO).subscribe(sub);
    sub.request(Long.MAX_VALUE);
    assertInstanceOf(DigestMismatchException.class, sub.error);
    assertEquals(
        List.of("subscribe", "next 10", "next 10", "error DigestMismatchException"), sub.signals);
  }

  @Test
  void verifyingPassesUpstreamErrorsOnce() {
    RecordingSubscriber sub = new RecordingSubscriber();
    BlobStreams.verifying(SmallContent.failing(new IllegalStateException("boom")), "b", INFO)
        .subscribe(sub);
    assertEquals(List.of("subscribe", "error IllegalStateException"), sub.signals);
  }

  @Test
  void demandAndCancelGoUpstream() {
    RecordingSubscriber sub = new RecordingSubscriber();
    BlobStreams.verifying(SmallContent.publisherOf(DATA, 5), "b", INFO).subscribe(sub);
    assertEquals(List.of("subscribe"), sub.signals);
    sub.request(2);
    assertEquals(List.of("subscribe", "next 5", "next 5"), sub.signals);
    sub.cancel();
    sub.request(5);
    assertEquals(List.of("subscribe", "next 5", "next 5"), sub.signals);
  }

  @Test
  void progressReportsZeroFirstAndTotalLast() {
    List<String> reports = new ArrayList<>();
    Flow.Publisher<ByteBuffer> p =
        BlobStreams.withProgress(
            SmallContent.publisherOf(DATA, 8),
            INFO.digest(),
            DATA.length,
            (d, done, total) -> reports.add(done + "/" + total));
    assertArrayEquals(DATA, collect(p));
    assertEquals(List.of("0/20", "8/20", "16/20", "20/20"), reports);
  }

  @Test
  void progressOfAnEmptyBlobEndsWithZeroOfZero() {
    List<String> reports = new ArrayList<>();
    Digest empty = Digest.sha256(new byte[0]);
    collect(
        BlobStreams.withProgress(
            SmallContent.publisherOf(new byte[0]),
            empty,
            0,
            (d, n, t) -> reports.add(n + "/" + t)));
    assertEquals("0/0", reports.get(0));
    assertEquals("0/0", reports.get(reports.size() - 1));
  }

  @Test
  void digestingComputesDigestAndSize() {
    DigestingPublisher p =
        BlobStreams.digesting(SmallContent.publisherOf(DATA, 7), DigestAlgorithm.SHA256);
    assertArrayEquals(DATA, collect(p));
    assertEquals(INFO, p.result().toCompletableFuture().join());
  }

  @Test
  void digestingFailsWhenTheStreamFailsOrIsCancelled() {
    DigestingPublisher failing =
        BlobStreams.digesting(
            SmallContent.failing(new IllegalStateException("x")), DigestAlgorithm.SHA256);
    failure(failing);
    assertThrows(CompletionException.class, () -> failing.result().toCompletableFuture().join());

    DigestingPublisher cancelled =
        BlobStreams.digesting(SmallContent.publisherOf(DATA, 5), DigestAlgorithm.SHA256);
    RecordingSubscriber sub = new RecordingSubscriber();
    cancelled.subscribe(sub);
    sub.request(1);
    sub.cancel();
    CompletionException e =
        assertThrows(
            CompletionException.class, () -> cancelled.result().toCompletableFuture().join());
    assertInstanceOf(CancellationException.class, e.getCause());
  }

  @Test
  void oneSubscriberOnly() {
    Flow.Publisher<ByteBuffer> p = BlobStreams.verifying(SmallContent.publisherOf(DATA), "b", INFO);
    p.subscribe(new RecordingSubscriber());
    RecordingSubscriber second = new RecordingSubscriber();
    p.subscribe(second);
    assertEquals(List.of("subscribe", "error IllegalStateException"), second.signals);
  }

  @Test
  void worksAcrossThreadsWithAnAsynchronousPublisher() throws Exception {
    byte[] big = new byte[3 * 1024 * 1024];
    new java.util.Random(7).nextBytes(big);
    BlobInfo info = new BlobInfo(Digest.sha256(big), big.length);
    try (SubmissionPublisher<ByteBuffer> source = new SubmissionPublisher<>()) {
      var result =
          SmallContent.collect(
              BlobStreams.withProgress(
                  BlobStreams.verifying(source, "big", info),
                  info.digest(),
                  big.length,
                  (d, n, t) -> {}),
              big.length);
      for (int off = 0; off < big.length; off += 8192) {
        source.submit(ByteBuffer.wrap(big, off, Math.min(8192, big.length - off)));
      }
      source.close();
      assertArrayEquals(big, result.toCompletableFuture().get(30, TimeUnit.SECONDS));
    }
  }
}
