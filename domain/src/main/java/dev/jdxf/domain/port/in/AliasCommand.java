package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Platform;
import dev.jdxf.domain.model.RepositoryName;
import java.util.Objects;
import java.util.Optional;

/**
 * The input of the alias-reading use cases: a repository, the manifest (by alias or given), and the
 * platform to pick from a multi-platform alias (empty: one result per platform).
 */
public record AliasCommand(
    RepositoryName repository, ManifestSource manifest, Optional<Platform> platform) {
  public AliasCommand {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(platform, "platform");
  }
}
