package dev.jdxf.domain.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.ErrorKind;
import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.StorageException;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.BlobStore;
import dev.jdxf.domain.stream.SmallContent;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link BlobStore} adapter must have. Subclass it in the adapter's tests and
 * implement {@link #backend()}.
 *
 * <p>Decision: a write whose bytes do not match the digest given in advance fails with {@link
 * ErrorKind#DIGEST_MISMATCH} (a {@link DigestMismatchException}), whatever the store's own word for
 * it (the registry's 400 {@code DIGEST_INVALID}): the adapter hashes while sending, so it knows the
 * actual digest. Nothing is stored under the claimed digest.
 */
public abstract class BlobStoreContract extends ContractSupport {

  private BlobStore blobs() {
    return backend().blobs();
  }

  @Test
  void statOfAnAbsentBlobIsEmpty() {
    RepositoryName repo = newRepository();
    pushBlob(repo, bytes("something else, so the repository exists"));
    assertEquals(Optional.empty(), await(blobs().stat(repo, Digest.sha256(bytes("absent")))));
  }

  @Test
  void writeWithAKnownDigestThenStatGivesTheSize() {
    RepositoryName repo = newRepository();
    byte[] data = bytes("hello contract");
    BlobInfo stored = pushBlob(repo, data);
    assertEquals(new BlobInfo(Digest.sha256(data), data.length), stored);
    assertEquals(Optional.of((long) data.length), await(blobs().stat(repo, stored.digest())));
  }

  @Test
  void readGivesTheBytesBackWithTheSizeFirst() {
    RepositoryName repo = newRepository();
    byte[] data = content(100_000, 1);
    BlobInfo stored = pushBlob(repo, data);
    BlobContent c = await(blobs().read(repo, stored.digest()));
    assertEquals(data.length, c.size());
    assertArrayEquals(data, await(SmallContent.collect(c.bytes(), data.length)));
  }

  @Test
  void writeWithAWrongDigestFailsAsDigestMismatchAndStoresNothing() {
    RepositoryName repo = newRepository();
    pushBlob(repo, bytes("keeps the repository in existence"));
    byte[] data = bytes("the real bytes");
    Digest claimed = Digest.sha256(bytes("other bytes"));
    BlobSource source =
        new BlobSource(
            SmallContent.publisherOf(data), Optional.of(claimed), OptionalLong.of(data.length));
    JdxfException e = assertFailsWith(ErrorKind.DIGEST_MISMATCH, blobs().write(repo, source));
    assertTrue(message(e).contains(claimed.toString()), message(e));
    assertEquals(Optional.empty(), await(blobs().stat(repo, claimed)));
  }

  @Test
  void writeWithAnUnknownDigestComputesIt() {
    RepositoryName repo = newRepository();
    byte[] data = content(70_000, 2);
    BlobInfo stored =
        await(blobs().write(repo, BlobSource.unknown(SmallContent.publisherOf(data, 4096))));
    assertEquals(new BlobInfo(Digest.sha256(data), data.length), stored);
    assertArrayEquals(data, readBlob(repo, stored.digest()));
  }

  @Test
  void writeOfAMultiMebibyteStreamInManySmallBuffers() {
    RepositoryName repo = newRepository();
    byte[] data = content(5 * 1024 * 1024 + 123, 3);
    BlobInfo info = new BlobInfo(Digest.sha256(data), data.length);
    BlobInfo stored =
        await(blobs().write(repo, BlobSource.known(info, SmallContent.publisherOf(data, 16_384))));
    assertEquals(info, stored);
    assertEquals(Optional.of((long) data.length), await(blobs().stat(repo, info.digest())));
    assertArrayEquals(data, readBlob(repo, info.digest()));
  }

  @Test
  void writeAheadCommitsUnderTheDigestOnceItArrives() throws Exception {
    RepositoryName repo = newRepository();
    byte[] data = content(3 * 1024 * 1024 + 7, 4);
    CompletableFuture<Digest> digest = new CompletableFuture<>();
    CompletionStage<BlobInfo> written =
        blobs().writeAhead(repo, SmallContent.publisherOf(data, 16_384), data.length, digest);
    Thread.sleep(50); // the bytes flow before the digest is known
    assertFalse(written.toCompletableFuture().isDone(), "committed before the digest was known");
    digest.complete(Digest.sha256(data));
    assertEquals(new BlobInfo(Digest.sha256(data), data.length), await(written));
    assertArrayEquals(data, readBlob(repo, Digest.sha256(data)));
  }

  @Test
  void writeAheadWithAWrongDigestFailsAsDigestMismatchAndStoresNothingUnderIt() {
    RepositoryName repo = newRepository();
    pushBlob(repo, bytes("keeps the repository in existence"));
    byte[] data = content(200_000, 5);
    Digest claimed = Digest.sha256(bytes("not these bytes"));
    JdxfException e =
        assertFailsWith(
            ErrorKind.DIGEST_MISMATCH,
            blobs()
                .writeAhead(
                    repo,
                    SmallContent.publisherOf(data, 16_384),
                    data.length,
                    CompletableFuture.completedFuture(claimed)));
    assertTrue(message(e).contains(claimed.toString()), message(e));
    assertEquals(Optional.empty(), await(blobs().stat(repo, claimed)));
  }

  @Test
  void writeAheadWhoseDigestFailsStopsWithThatFailureAndStoresNothing() {
    RepositoryName repo = newRepository();
    pushBlob(repo, bytes("keeps the repository in existence"));
    byte[] data = content(2 * 1024 * 1024, 6);
    JdxfException e =
        assertFailsWith(
            ErrorKind.STORAGE,
            blobs()
                .writeAhead(
                    repo,
                    SmallContent.publisherOf(data, 16_384),
                    data.length,
                    CompletableFuture.failedFuture(
                        new StorageException("cannot hash the file: it vanished"))));
    assertEquals("cannot hash the file: it vanished", message(e));
    assertEquals(Optional.empty(), await(blobs().stat(repo, Digest.sha256(data))));
  }

  @Test
  void deleteThenStatIsEmpty() {
    RepositoryName repo = newRepository();
    pushBlob(repo, bytes("keeps the repository in existence"));
    BlobInfo stored = pushBlob(repo, bytes("to delete"));
    await(blobs().delete(repo, stored.digest()));
    assertEquals(Optional.empty(), await(blobs().stat(repo, stored.digest())));
  }

  @Test
  void deleteOfAnAbsentBlobIsNotFound() {
    RepositoryName repo = newRepository();
    pushBlob(repo, bytes("keeps the repository in existence"));
    assertFailsWith(
        ErrorKind.NOT_FOUND, blobs().delete(repo, Digest.sha256(bytes("never stored"))));
  }

  @Test
  void readOfAnAbsentBlobIsNotFound() {
    RepositoryName repo = newRepository();
    pushBlob(repo, bytes("keeps the repository in existence"));
    Digest absent = Digest.sha256(bytes("never stored either"));
    JdxfException e = assertFailsWith(ErrorKind.NOT_FOUND, blobs().read(repo, absent));
    assertTrue(message(e).contains(absent.toString()), message(e));
  }

  @Test
  void mountFromARepositoryThatHasTheBlob() {
    RepositoryName from = newRepository();
    RepositoryName to = newRepository();
    pushBlob(to, bytes("keeps the target repository in existence"));
    BlobInfo stored = pushBlob(from, bytes("shared blob " + from));
    await(blobs().mount(to, from, stored.digest(), Optional.empty()));
    assertEquals(Optional.of(stored.size()), await(blobs().stat(to, stored.digest())));
  }

  @Test
  void mountOfABlobTheSourceLacksFails() {
    RepositoryName from = newRepository();
    RepositoryName to = newRepository();
    pushBlob(from, bytes("keeps the source repository in existence"));
    Digest absent = Digest.sha256(bytes("nowhere " + from));
    assertFailsWith(ErrorKind.MOUNT_FAILED, blobs().mount(to, from, absent, Optional.empty()));
    assertEquals(Optional.empty(), await(blobs().stat(to, absent)));
  }
}
