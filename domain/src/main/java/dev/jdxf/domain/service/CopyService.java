package dev.jdxf.domain.service;

import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.manifest.ManifestParser;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.ContentLocation;
import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ImageManifest;
import dev.jdxf.domain.model.Manifest;
import dev.jdxf.domain.model.ManifestIndex;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.Schema1Manifest;
import dev.jdxf.domain.port.in.CopyUseCase;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.Stores;
import dev.jdxf.domain.stream.BlobStreams;
import dev.jdxf.domain.stream.DeferredPublisher;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Copies a manifest graph between two stores: children first (blobs, then platform manifests by
 * digest), the named manifest last, so the destination never names something it lacks.
 */
public final class CopyService implements CopyUseCase {
  /**
   * Indexes nested deeper than this are refused (a store cannot make cycles, but can be hostile).
   */
  static final int MAX_DEPTH = 8;

  private final Stores stores;

  public CopyService(Stores stores) {
    this.stores = Objects.requireNonNull(stores, "stores");
  }

  @Override
  public CompletionStage<Result> copy(Command command) {
    Run run =
        new Run(
            command,
            stores.open(command.source().store()),
            stores.open(command.destination().store()));
    ContentLocation src = command.source();
    return run.source
        .manifests()
        .get(src.repository(), src.reference())
        .thenCompose(raw -> run.copyGraph(raw, 0).thenApply(ignored -> raw))
        .thenCompose(
            raw ->
                run.destination
                    .manifests()
                    .put(
                        command.destination().repository(), command.destination().reference(), raw))
        .thenApply(run::result);
  }

  /** The state of one copy. */
  private static final class Run {
    final Command command;
    final Backend source;
    final Backend destination;
    final boolean canMount;
    final AtomicInteger manifests = new AtomicInteger(1);
    final AtomicInteger copied = new AtomicInteger();
    final AtomicInteger mounted = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final AtomicLong bytes = new AtomicLong();

    Run(Command command, Backend source, Backend destination) {
      this.command = command;
      this.source = source;
      this.destination = destination;
      this.canMount =
          command.source().store().equals(command.destination().store())
              && !command.source().repository().equals(command.destination().repository());
    }

    Result result(Digest digest) {
      return new Result(
          digest, manifests.get(), copied.get(), mounted.get(), skipped.get(), bytes.get());
    }

    CompletionStage<Void> copyGraph(RawManifest raw, int depth) {
      if (depth > MAX_DEPTH) {
        throw new InvalidManifestException(
            "index nesting deeper than " + MAX_DEPTH + " levels in " + command.source());
      }
      Manifest manifest = ManifestParser.parse(raw);
      if (manifest instanceof ManifestIndex index) {
        return copyChildren(index, depth);
      }
      Map<Digest, Optional<Long>> blobs = new LinkedHashMap<>();
      if (manifest instanceof ImageManifest image) {
        blobs.put(image.config().digest(), Optional.of(image.config().size()));
        image.layers().forEach(l -> blobs.putIfAbsent(l.digest(), Optional.of(l.size())));
      } else {
        ((Schema1Manifest) manifest)
            .fsLayers()
            .forEach(d -> blobs.putIfAbsent(d, Optional.empty()));
      }
      List<Supplier<CompletionStage<Void>>> tasks = new ArrayList<>();
      blobs.forEach((digest, size) -> tasks.add(() -> copyBlob(digest, size)));
      return BoundedParallel.run(tasks, command.parallelism());
    }

    private CompletionStage<Void> copyChildren(ManifestIndex index, int depth) {
      CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
      for (Descriptor child : index.manifests()) {
        chain = chain.thenCompose(ignored -> copyChild(child, depth));
      }
      return chain;
    }

    private CompletionStage<Void> copyChild(Descriptor child, int depth) {
      manifests.incrementAndGet();
      return source
          .manifests()
          .get(command.source().repository(), child.digest())
          .thenCompose(
              raw ->
                  copyGraph(raw, depth + 1)
                      .thenCompose(
                          ignored ->
                              destination
                                  .manifests()
                                  .put(command.destination().repository(), child.digest(), raw)))
          .thenApply(ignored -> null);
    }

    private CompletionStage<Void> copyBlob(Digest digest, Optional<Long> knownSize) {
      return destination
          .blobs()
          .stat(command.destination().repository(), digest)
          .thenCompose(
              present -> {
                if (present.isPresent()) {
                  skipped.incrementAndGet();
                  return CompletableFuture.completedFuture(null);
                }
                return canMount ? mount(digest, knownSize) : transfer(digest);
              });
    }

    private CompletionStage<Void> mount(Digest digest, Optional<Long> knownSize) {
      Optional<BlobSource> fallback =
          knownSize.map(
              size ->
                  BlobSource.known(
                      new BlobInfo(digest, size),
                      new DeferredPublisher(
                          () ->
                              source
                                  .blobs()
                                  .read(command.source().repository(), digest)
                                  .thenApply(c -> verified(digest, c.size(), c.bytes())))));
      return destination
          .blobs()
          .mount(
              command.destination().repository(), command.source().repository(), digest, fallback)
          .thenRun(mounted::incrementAndGet);
    }

    private CompletionStage<Void> transfer(Digest digest) {
      return source
          .blobs()
          .read(command.source().repository(), digest)
          .thenCompose(
              content -> {
                BlobInfo info = new BlobInfo(digest, content.size());
                return destination
                    .blobs()
                    .write(
                        command.destination().repository(),
                        BlobSource.known(info, verified(digest, content.size(), content.bytes())))
                    .thenRun(
                        () -> {
                          copied.incrementAndGet();
                          bytes.addAndGet(content.size());
                        });
              });
    }

    private Flow.Publisher<ByteBuffer> verified(
        Digest digest, long size, Flow.Publisher<ByteBuffer> bytes) {
      BlobInfo info = new BlobInfo(digest, size);
      return BlobStreams.withProgress(
          BlobStreams.verifying(bytes, "blob " + digest + " in " + command.source(), info),
          digest,
          size,
          command.progress());
    }
  }
}
