package dev.jdxf.fs;

import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Tokens;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A local layout needs no authentication: no token is ever obtained, and a set one is unused. */
final class NoTokens implements Tokens {
  @Override
  public CompletionStage<Optional<String>> authenticate(
      Optional<RepositoryName> repository, List<String> actions) {
    return CompletableFuture.completedFuture(Optional.empty());
  }

  @Override
  public Optional<String> token() {
    return Optional.empty();
  }

  @Override
  public void useToken(String token) {
    // nothing to authenticate against
  }
}
