package dev.jdxf.domain.service;

import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.port.in.PullBlobUseCase;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.stream.BlobStreams;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * dxf pull-blob: opens the blob and verifies its digest and size while it streams, reporting
 * progress (the last report, {@code total/total}, comes only once the bytes are verified).
 *
 * <p>The bytes are hashed on {@code hashing}, behind an asynchronous boundary that reads up to
 * {@value #PREFETCH} buffers ahead: the thread that receives them only queues them, so receiving
 * and hashing overlap (a verified pull then takes about as long as the slower of the two). The
 * subscriber's signals, progress reports included, come from {@code hashing}'s threads.
 */
public final class PullBlobService implements PullBlobUseCase {
  /** Buffers read ahead of the hashing. */
  static final int PREFETCH = 16;

  private final Backend backend;
  private final Executor hashing;

  /**
   * @param hashing runs the hashing and hands the verified bytes on; must not run tasks on the
   *     caller's thread (a direct executor works but gives no overlap)
   */
  public PullBlobService(Backend backend, Executor hashing) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.hashing = Objects.requireNonNull(hashing, "hashing");
  }

  @Override
  public CompletionStage<BlobContent> pullBlob(Command command) {
    return Stages.call(
        () ->
            backend
                .blobs()
                .read(command.repository(), command.digest())
                .thenApply(
                    content -> {
                      BlobInfo expected = new BlobInfo(command.digest(), content.size());
                      String what = "blob " + command.digest() + " in " + command.repository();
                      return new BlobContent(
                          content.size(),
                          BlobStreams.withProgress(
                              BlobStreams.verifying(
                                  BlobStreams.handedOff(content.bytes(), hashing, PREFETCH),
                                  what,
                                  expected),
                              command.digest(),
                              content.size(),
                              command.progress()));
                    }));
  }
}
