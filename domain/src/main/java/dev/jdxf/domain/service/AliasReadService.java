package dev.jdxf.domain.service;

import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ImageManifest;
import dev.jdxf.domain.model.Manifest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.port.in.AliasCommand;
import dev.jdxf.domain.port.in.GetAliasUseCase;
import dev.jdxf.domain.port.in.GetDigestUseCase;
import dev.jdxf.domain.port.in.GetManifestUseCase;
import dev.jdxf.domain.port.in.PerPlatform;
import dev.jdxf.domain.port.out.Backend;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * dxf get-alias, get-digest and get-manifest: read an alias's manifest (or a given one) and answer
 * for it, or for each platform of a multi-platform alias, or for the platform asked for.
 */
public final class AliasReadService
    implements GetAliasUseCase, GetDigestUseCase, GetManifestUseCase {
  private final ManifestReader reader;

  public AliasReadService(Backend backend) {
    this.reader = new ManifestReader(Objects.requireNonNull(backend, "backend").manifests());
  }

  @Override
  public CompletionStage<PerPlatform<List<Digest>>> getAlias(AliasCommand command) {
    return each(command, m -> CompletableFuture.completedFuture(m.layerDigests()));
  }

  @Override
  public CompletionStage<PerPlatform<Digest>> getDigest(AliasCommand command) {
    return each(
        command,
        m -> {
          if (!(m instanceof ImageManifest image)) {
            throw new InvalidManifestException(
                "get-digest is not available for schema 1 manifests");
          }
          return CompletableFuture.completedFuture(image.config().digest());
        });
  }

  @Override
  public CompletionStage<PerPlatform<RawManifest>> getManifest(AliasCommand command) {
    return each(command, m -> CompletableFuture.completedFuture(m.raw()));
  }

  private <T> CompletionStage<PerPlatform<T>> each(
      AliasCommand command, Function<Manifest, CompletionStage<T>> step) {
    return Stages.call(
        () ->
            reader
                .fetch(command.repository(), command.manifest())
                .thenCompose(
                    m ->
                        reader.perPlatform(
                            command.repository(),
                            m,
                            command.platform(),
                            ManifestReader.label(command.repository(), command.manifest()),
                            step)));
  }
}
