package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Digest;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** dxf {@code get-alias}: the layer digests an alias names. */
public interface GetAliasUseCase {
  CompletionStage<PerPlatform<List<Digest>>> getAlias(AliasCommand command);
}
