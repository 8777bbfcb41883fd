package dev.jdxf.domain.port.out;

import dev.jdxf.domain.model.RepositoryName;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Authentication with a store: obtaining, reading and setting the bearer token. */
public interface Tokens {

  /**
   * Authenticates now. With a repository and actions ({@code pull}, {@code push}, {@code *}) the
   * token is for {@code repository:<repo>:<actions>}; without actions, for the scope the store's
   * challenge names. Completes with the bearer token, or empty for a store without tokens.
   */
  CompletionStage<Optional<String>> authenticate(
      Optional<RepositoryName> repository, List<String> actions);

  /** The token most recently obtained or set, if any. */
  Optional<String> token();

  /** Uses {@code token} for every following request. */
  void useToken(String token);
}
