package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** dxf {@code mount-blob}: make a blob of another repository available here, then alias it. */
public interface MountBlobUseCase {

  CompletionStage<Digest> mountBlob(Command command);

  record Command(
      RepositoryName repository, RepositoryName from, Digest digest, Optional<Alias> alias) {
    public Command {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(digest, "digest");
      Objects.requireNonNull(alias, "alias");
    }
  }
}
