package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.RepositoryName;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** dxf {@code auth}: authenticate now; the bearer token, or empty for a store without tokens. */
public interface AuthenticateUseCase {
  CompletionStage<Optional<String>> authenticate(
      Optional<RepositoryName> repository, List<String> actions);
}
