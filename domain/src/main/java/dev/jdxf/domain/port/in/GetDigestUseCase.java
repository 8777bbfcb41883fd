package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Digest;
import java.util.concurrent.CompletionStage;

/**
 * dxf {@code get-digest}: the config digest of an alias's manifest (for a dxf alias its first blob,
 * for an image the image id). Not available for schema 1.
 */
public interface GetDigestUseCase {
  CompletionStage<PerPlatform<Digest>> getDigest(AliasCommand command);
}
