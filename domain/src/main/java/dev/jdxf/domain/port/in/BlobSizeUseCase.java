package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Platform;
import dev.jdxf.domain.model.RepositoryName;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * dxf {@code blob-size}: the size of one blob (from the store), or of an alias: the sum of its
 * layers' sizes from its manifest (per platform for a multi-platform alias).
 */
public interface BlobSizeUseCase {

  CompletionStage<PerPlatform<Long>> blobSize(Command command);

  record Command(RepositoryName repository, BlobTarget target, Optional<Platform> platform) {
    public Command {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(platform, "platform");
    }
  }
}
