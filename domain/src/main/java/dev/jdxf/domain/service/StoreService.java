package dev.jdxf.domain.service;

import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.AuthenticateUseCase;
import dev.jdxf.domain.port.in.CheckApiUseCase;
import dev.jdxf.domain.port.out.Backend;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** dxf auth and the API version check. */
public final class StoreService implements AuthenticateUseCase, CheckApiUseCase {
  private final Backend backend;

  public StoreService(Backend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public CompletionStage<Optional<String>> authenticate(
      Optional<RepositoryName> repository, List<String> actions) {
    return Stages.call(() -> backend.tokens().authenticate(repository, List.copyOf(actions)));
  }

  @Override
  public CompletionStage<String> apiVersion() {
    return Stages.call(() -> backend.catalog().apiVersion());
  }
}
