package dev.jdxf.domain.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.DigestMismatchException;
import dev.jdxf.domain.error.ErrorKind;
import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.error.UnauthorizedException;
import dev.jdxf.domain.manifest.DxfAliasManifest;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.BlobSizeUseCase;
import dev.jdxf.domain.port.in.BlobTarget;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.in.MountBlobUseCase;
import dev.jdxf.domain.port.in.PerPlatform;
import dev.jdxf.domain.port.in.PullBlobUseCase;
import dev.jdxf.domain.port.in.PushBlobUseCase;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.BlobStore;
import dev.jdxf.domain.port.out.LocalFiles;
import dev.jdxf.domain.stream.SmallContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BlobServicesTest extends ServiceFixture {
  static byte[] content(int size) {
    byte[] b = new byte[size];
    new java.util.Random(size).nextBytes(b);
    return b;
  }

  static final byte[] DATA = bytes("some data to push, long enough for a few buffers".repeat(50));

  @Test
  void pushUploadsWithProgressThenSkipsWhenPresent() {
    Path file = files.add("dir/file", DATA);
    List<String> progress = new ArrayList<>();
    PushBlobUseCase.Command cmd =
        PushBlobUseCase.Command.file(REPO, file, Optional.empty())
            .withProgress((d, done, total) -> progress.add(done + "/" + total));
    Digest d = await(useCases.pushBlob().pushBlob(cmd));
    assertEquals(Digest.sha256(DATA), d);
    assertTrue(store.hasBlob(REPO, d));
    assertEquals("0/" + DATA.length, progress.get(0));
    assertEquals(DATA.length + "/" + DATA.length, progress.get(progress.size() - 1));
    assertTrue(progress.size() > 2, progress::toString);

    progress.clear();
    long writes = store.calls().stream().filter(c -> c.startsWith("blob-write")).count();
    assertEquals(d, await(useCases.pushBlob().pushBlob(cmd)));
    assertEquals(writes, store.calls().stream().filter(c -> c.startsWith("blob-write")).count());
    assertEquals(List.of(), progress, "no progress when nothing is uploaded");
  }

  @Test
  void pushOfALargeFileSendsWhileHashingAndReportsProgressOnceTheDigestIsKnown() {
    byte[] big = content((int) PushBlobService.OVERLAP_FROM_BYTES + 12_345);
    Path file = files.add("big", big);
    List<String> progress = new ArrayList<>();
    PushBlobUseCase.Command cmd =
        PushBlobUseCase.Command.file(REPO, file, Optional.empty())
            .withProgress((d, done, total) -> progress.add(d + " " + done + "/" + total));
    Digest d = await(useCases.pushBlob().pushBlob(cmd));
    assertEquals(Digest.sha256(big), d);
    assertTrue(store.hasBlob(REPO, d));
    assertEquals(d + " 0/" + big.length, progress.get(0));
    assertEquals(d + " " + big.length + "/" + big.length, progress.get(progress.size() - 1));
  }

  @Test
  void pushOfALargeFileTheStoreHasAbandonsTheUploadWithoutProgress() {
    byte[] big = content((int) PushBlobService.OVERLAP_FROM_BYTES + 1);
    Path file = files.add("big", big);
    BlobInfo present = store.addBlob(REPO, big);
    List<String> progress = new ArrayList<>();
    PushBlobUseCase.Command cmd =
        PushBlobUseCase.Command.file(REPO, file, Optional.empty())
            .withProgress((d, done, total) -> progress.add(done + "/" + total));
    assertEquals(present.digest(), await(useCases.pushBlob().pushBlob(cmd)));
    assertEquals(List.of(), progress, "no progress when the store has the blob");
    assertTrue(
        store.calls().contains("blob-stat " + REPO + " " + present.digest()),
        store.calls()::toString);
  }

  @Test
  void pushOfALargeFileTheStoreHasSucceedsEvenWhenTheUploadIsRefusedFirst() {
    byte[] big = content((int) PushBlobService.OVERLAP_FROM_BYTES + 2);
    Path file = files.add("big", big);
    BlobInfo present = store.addBlob(REPO, big);
    BlobStore refusing =
        new BlobStore() {
          @Override
          public CompletionStage<Optional<Long>> stat(RepositoryName repository, Digest digest) {
            return store.backend().blobs().stat(repository, digest);
          }

          @Override
          public CompletionStage<BlobContent> read(RepositoryName repository, Digest digest) {
            return store.backend().blobs().read(repository, digest);
          }

          @Override
          public CompletionStage<BlobInfo> write(RepositoryName repository, BlobSource source) {
            return CompletableFuture.failedFuture(
                new UnauthorizedException("no right to push to " + repository));
          }

          @Override
          public CompletionStage<Void> mount(
              RepositoryName repository,
              RepositoryName from,
              Digest digest,
              Optional<BlobSource> fallback) {
            return store.backend().blobs().mount(repository, from, digest, fallback);
          }

          @Override
          public CompletionStage<Void> delete(RepositoryName repository, Digest digest) {
            return store.backend().blobs().delete(repository, digest);
          }
        };
    LocalFiles slowHash =
        new LocalFiles() {
          @Override
          public CompletionStage<BlobInfo> hash(Path f, DigestAlgorithm algorithm) {
            Executor later = CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> null, later)
                .thenCompose(v -> files.hash(f, algorithm));
          }

          @Override
          public CompletionStage<BlobContent> open(Path f) {
            return files.open(f);
          }
        };
    Backend backend = store.backend();
    UseCases refused =
        UseCases.over(
            new Backend(refusing, backend.manifests(), backend.catalog(), backend.tokens()),
            slowHash);
    PushBlobUseCase.Command cmd = PushBlobUseCase.Command.file(REPO, file, Optional.empty());
    assertEquals(present.digest(), await(refused.pushBlob().pushBlob(cmd)));

    await(store.backend().blobs().delete(REPO, present.digest()));
    fails(ErrorKind.UNAUTHORIZED, refused.pushBlob().pushBlob(cmd));
  }

  @Test
  void pushWithoutTheExistenceCheckUploadsAgain() {
    Path file = files.add("f", DATA);
    store.addBlob(REPO, DATA);
    await(
        useCases
            .pushBlob()
            .pushBlob(
                new PushBlobUseCase.Command(
                    REPO,
                    new PushBlobUseCase.Content.File(file),
                    Optional.empty(),
                    (a, b, c) -> {},
                    false)));
    assertTrue(store.calls().contains("blob-write " + REPO));
    assertFalse(store.calls().stream().anyMatch(c -> c.startsWith("blob-stat")));
  }

  @Test
  void pushThenSetsTheAlias() {
    Path file = files.add("f", DATA);
    await(
        useCases
            .pushBlob()
            .pushBlob(PushBlobUseCase.Command.file(REPO, file, Optional.of(Alias.parse("x")))));
    RawManifest expected =
        DxfAliasManifest.of(List.of(new BlobInfo(Digest.sha256(DATA), DATA.length)));
    assertArrayEquals(expected.bytes(), await(store.get(REPO, Alias.parse("x"))).bytes());
  }

  @Test
  void pushOfAStreamOfUnknownDigest() {
    PushBlobUseCase.Command cmd =
        new PushBlobUseCase.Command(
            REPO,
            new PushBlobUseCase.Content.Stream(
                BlobSource.unknown(SmallContent.publisherOf(DATA, 100))),
            Optional.empty(),
            (a, b, c) -> {},
            true);
    assertEquals(Digest.sha256(DATA), await(useCases.pushBlob().pushBlob(cmd)));
  }

  @Test
  void pullVerifiesWhileStreaming() {
    BlobInfo info = store.addBlob(REPO, DATA);
    List<String> progress = new ArrayList<>();
    BlobContent c =
        await(
            useCases
                .pullBlob()
                .pullBlob(
                    new PullBlobUseCase.Command(
                        REPO, info.digest(), (d, n, t) -> progress.add(n + "/" + t))));
    assertEquals(DATA.length, c.size());
    assertArrayEquals(DATA, SmallContent.collect(c.bytes(), 1 << 20).toCompletableFuture().join());
    assertEquals("0/" + DATA.length, progress.get(0));
    assertEquals(DATA.length + "/" + DATA.length, progress.get(progress.size() - 1));
  }

  @Test
  void pullOfCorruptBytesFailsWithDigestMismatch() {
    Digest claimed = Digest.sha256(DATA);
    byte[] corrupt = DATA.clone();
    corrupt[3] ^= 1;
    store.putCorrupt(REPO, claimed, corrupt);
    BlobContent c =
        await(
            useCases
                .pullBlob()
                .pullBlob(new PullBlobUseCase.Command(REPO, claimed, (d, n, t) -> {})));
    CompletionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            CompletionException.class,
            () -> SmallContent.collect(c.bytes(), 1 << 20).toCompletableFuture().join());
    DigestMismatchException m = assertInstanceOf(DigestMismatchException.class, e.getCause());
    assertEquals(claimed, m.expected());
    assertTrue(message(m).contains(REPO.value()), message(m));
  }

  @Test
  void blobSizeOfADigestAndOfAnAbsentOne() {
    BlobInfo info = store.addBlob(REPO, DATA);
    assertEquals(
        PerPlatform.single((long) DATA.length),
        await(
            useCases
                .blobSize()
                .blobSize(
                    new BlobSizeUseCase.Command(
                        REPO, new BlobTarget.OneBlob(info.digest()), Optional.empty()))));
    Digest absent = Digest.sha256(bytes("absent"));
    JdxfException e =
        fails(
            ErrorKind.NOT_FOUND,
            useCases
                .blobSize()
                .blobSize(
                    new BlobSizeUseCase.Command(
                        REPO, new BlobTarget.OneBlob(absent), Optional.empty())));
    assertTrue(
        message(e).contains(absent.toString()) && message(e).contains(REPO.value()), message(e));
  }

  @Test
  void blobSizeOfAnAliasIsTheSumOfItsLayers() {
    BlobInfo a = store.addBlob(REPO, bytes("aaa"));
    BlobInfo b = store.addBlob(REPO, bytes("bbbbb"));
    store.addManifest(REPO, Optional.of(Alias.parse("al")), DxfAliasManifest.of(List.of(a, b)));
    assertEquals(
        PerPlatform.single(8L),
        await(
            useCases
                .blobSize()
                .blobSize(
                    new BlobSizeUseCase.Command(
                        REPO,
                        new BlobTarget.ManifestBlobs(ManifestSource.alias(Alias.parse("al"))),
                        Optional.empty()))));
  }

  @Test
  void blobSizePerPlatform() {
    Map<String, RawManifest> images = new LinkedHashMap<>();
    images.put("linux/arm/v7", image("arm", "12", "345"));
    images.put("linux/amd64", image("amd", "1234567"));
    index("multi", images);
    BlobTarget target = new BlobTarget.ManifestBlobs(ManifestSource.alias(Alias.parse("multi")));
    PerPlatform<Long> all =
        await(
            useCases
                .blobSize()
                .blobSize(new BlobSizeUseCase.Command(REPO, target, Optional.empty())));
    PerPlatform.ByPlatform<Long> by = assertInstanceOf(PerPlatform.ByPlatform.class, all);
    assertEquals(List.of("linux/amd64", "linux/arm/v7"), new ArrayList<>(by.values().keySet()));
    assertEquals(7L, by.values().get("linux/amd64"));
    assertEquals(5L, by.values().get("linux/arm/v7"));
    assertEquals(
        PerPlatform.single(5L),
        await(
            useCases
                .blobSize()
                .blobSize(
                    new BlobSizeUseCase.Command(
                        REPO,
                        target,
                        Optional.of(dev.jdxf.domain.model.Platform.parse("linux/arm/v7"))))));
  }

  @Test
  void mountThenAlias() {
    RepositoryName other = RepositoryName.parse("other/repo");
    BlobInfo info = store.addBlob(other, DATA);
    assertEquals(
        info.digest(),
        await(
            useCases
                .mountBlob()
                .mountBlob(
                    new MountBlobUseCase.Command(
                        REPO, other, info.digest(), Optional.of(Alias.parse("m"))))));
    assertTrue(store.hasBlob(REPO, info.digest()));
    assertArrayEquals(
        DxfAliasManifest.of(List.of(info)).bytes(),
        await(store.get(REPO, Alias.parse("m"))).bytes());
    fails(
        ErrorKind.MOUNT_FAILED,
        useCases
            .mountBlob()
            .mountBlob(
                new MountBlobUseCase.Command(
                    REPO, other, Digest.sha256(bytes("no")), Optional.empty())));
  }
}
