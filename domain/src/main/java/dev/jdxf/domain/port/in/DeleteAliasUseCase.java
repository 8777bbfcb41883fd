package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.Platform;
import dev.jdxf.domain.model.RepositoryName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * dxf {@code del-alias}: delete the manifest an alias names (by its digest) and tell what it
 * pointed to: the layer digests of an image manifest; for a multi-platform alias without a
 * platform, each platform manifest's digest (a one-element list per platform); with a platform,
 * that platform manifest is deleted and its layer digests returned.
 */
public interface DeleteAliasUseCase {

  CompletionStage<PerPlatform<List<Digest>>> deleteAlias(Command command);

  record Command(RepositoryName repository, Alias alias, Optional<Platform> platform) {
    public Command {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(platform, "platform");
    }
  }
}
