package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Platform;
import dev.jdxf.domain.model.RepositoryName;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * dxf {@code del-blob}: delete one blob; for an alias, delete the alias (as del-alias), then each
 * of its blobs; for a multi-platform alias, every platform manifest and its blobs, then the index.
 */
public interface DeleteBlobUseCase {

  CompletionStage<Void> deleteBlob(Command command);

  record Command(RepositoryName repository, BlobTarget target, Optional<Platform> platform) {
    public Command {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(platform, "platform");
    }
  }
}
