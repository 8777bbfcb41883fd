package dev.jdxf.domain.fake;

import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.port.out.LocalFiles;
import dev.jdxf.domain.stream.SmallContent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Local files held in memory, for unit tests of the domain logic. */
public final class FakeLocalFiles implements LocalFiles {
  private final Map<Path, byte[]> files = new ConcurrentHashMap<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();

  public Path add(String name, byte[] content) {
    Path p = Path.of(name);
    files.put(p, content.clone());
    return p;
  }

  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public CompletionStage<BlobInfo> hash(Path file, DigestAlgorithm algorithm) {
    calls.add("hash " + file);
    byte[] b = files.get(file);
    if (b == null) {
      return CompletableFuture.failedFuture(new NotFoundException("no file " + file));
    }
    return CompletableFuture.completedFuture(
        new BlobInfo(Digest.of(algorithm, algorithm.newMessageDigest().digest(b)), b.length));
  }

  @Override
  public CompletionStage<BlobContent> open(Path file) {
    calls.add("open " + file);
    byte[] b = files.get(file);
    if (b == null) {
      return CompletableFuture.failedFuture(new NotFoundException("no file " + file));
    }
    return CompletableFuture.completedFuture(
        new BlobContent(b.length, SmallContent.publisherOf(b, 1000)));
  }
}
