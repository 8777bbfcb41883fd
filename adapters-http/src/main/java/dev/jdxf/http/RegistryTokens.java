package dev.jdxf.http;

import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Tokens;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * dxf's {@code auth}: asks {@code /v2/} for a challenge and answers it now; and the token cache's
 * current token, read and set.
 */
final class RegistryTokens implements Tokens {
  private final RegistryContext registry;
  private final Transport transport;
  private final Authenticator authenticator;
  private final TokenCache tokens;
  private final URI base;

  RegistryTokens(
      RegistryContext registry,
      Transport transport,
      Authenticator authenticator,
      TokenCache tokens,
      URI base) {
    this.registry = registry;
    this.transport = transport;
    this.authenticator = authenticator;
    this.tokens = tokens;
    this.base = base;
  }

  @Override
  public CompletionStage<Optional<String>> authenticate(
      Optional<RepositoryName> repository, List<String> actions) {
    boolean forced = repository.isPresent() && !actions.isEmpty();
    Scope scope = forced ? Scope.repository(repository.get(), actions) : Scope.NONE;
    String what = "authentication" + (scope.isNone() ? "" : " for " + scope);
    OutgoingRequest probe =
        new OutgoingRequest(
            HttpMethod.GET, Responses.api(base, ""), HttpHeaders.headers(), null, what);
    return registry.run(
        r ->
            transport
                .exchange(probe)
                .compose(
                    response -> {
                      var challenge =
                          Challenge.parse(response.headers().getAll("WWW-Authenticate"));
                      Future<Void> drained = BodyReader.discard(response);
                      if (response.statusCode() != 401 || challenge.isEmpty()) {
                        return drained.map(v -> Optional.<String>empty());
                      }
                      return drained.compose(
                          v -> authenticator.authenticate(challenge.get(), scope, forced, what));
                    }));
  }

  @Override
  public Optional<String> token() {
    return tokens.current();
  }

  @Override
  public void useToken(String token) {
    tokens.useDirectly(token);
  }
}
