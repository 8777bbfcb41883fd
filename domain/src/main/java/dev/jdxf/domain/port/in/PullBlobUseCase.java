package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ProgressListener;
import dev.jdxf.domain.model.RepositoryName;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * dxf {@code pull-blob}: open a blob for streaming. The content's publisher verifies the digest as
 * the bytes pass and fails with {@code DigestMismatchException} at the end when they do not match,
 * so a consumer must only treat the bytes as good after {@code onComplete}.
 */
public interface PullBlobUseCase {

  CompletionStage<BlobContent> pullBlob(Command command);

  record Command(RepositoryName repository, Digest digest, ProgressListener progress) {
    public Command {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(digest, "digest");
      Objects.requireNonNull(progress, "progress");
    }
  }
}
