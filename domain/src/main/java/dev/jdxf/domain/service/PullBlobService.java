package dev.jdxf.domain.service;

import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.port.in.PullBlobUseCase;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.stream.BlobStreams;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * dxf pull-blob: opens the blob and verifies its digest and size while it streams, reporting
 * progress (the last report, {@code total/total}, comes only once the bytes are verified).
 */
public final class PullBlobService implements PullBlobUseCase {
  private final Backend backend;

  public PullBlobService(Backend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
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
                              BlobStreams.verifying(content.bytes(), what, expected),
                              command.digest(),
                              content.size(),
                              command.progress()));
                    }));
  }
}
