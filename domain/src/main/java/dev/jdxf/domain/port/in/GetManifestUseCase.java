package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.RawManifest;
import java.util.concurrent.CompletionStage;

/** dxf {@code get-manifest}: the manifest exactly as stored (per platform for an index). */
public interface GetManifestUseCase {
  CompletionStage<PerPlatform<RawManifest>> getManifest(AliasCommand command);
}
