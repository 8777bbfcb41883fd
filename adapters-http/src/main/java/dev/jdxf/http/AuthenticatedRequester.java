package dev.jdxf.http;

import dev.jdxf.domain.error.RegistryException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one request loop: sends an endpoint's request, answers a 401 by authenticating (at most
 * {@value #MAX_AUTHENTICATIONS} times: once, and once more when the token lacks a scope) and sends
 * again, follows redirects for endpoints that allow them, and maps error answers to jdxf errors.
 * Authorization goes only to the registry's own origin over https.
 */
final class AuthenticatedRequester {
  static final int MAX_AUTHENTICATIONS = 2;

  private final Transport transport;
  private final Authenticator authenticator;
  private final URI base;
  private final String registry;
  private final int maxRedirects;

  AuthenticatedRequester(
      Transport transport,
      Authenticator authenticator,
      URI base,
      String registry,
      int maxRedirects) {
    this.transport = transport;
    this.authenticator = authenticator;
    this.base = base;
    this.registry = registry;
    this.maxRedirects = maxRedirects;
  }

  URI base() {
    return base;
  }

  String registry() {
    return registry;
  }

  <T> Future<T> send(RegistryEndpoint<T> endpoint) {
    return attempt(endpoint, endpoint.url(base), 0, 0);
  }

  private <T> Future<T> attempt(
      RegistryEndpoint<T> endpoint, URI url, int authentications, int redirects) {
    boolean ownOrigin = Urls.sameOrigin(url, base);
    boolean mayCarryCredentials =
        ownOrigin && "https".equals(url.getScheme().toLowerCase(Locale.ROOT));
    MultiMap headers = HttpHeaders.headers();
    if (!endpoint.accept().isEmpty()) {
      headers.set(HttpHeaders.ACCEPT, String.join(", ", endpoint.accept()));
    }
    Future<Optional<String>> authorization =
        mayCarryCredentials
            ? authenticator.authorization(endpoint.scope(), endpoint.what())
            : Future.succeededFuture(Optional.empty());
    return authorization.compose(
        value -> {
          value.ifPresent(v -> headers.set(HttpHeaders.AUTHORIZATION, v));
          return exchange(endpoint, url, headers, authentications, redirects, ownOrigin);
        });
  }

  private <T> Future<T> exchange(
      RegistryEndpoint<T> endpoint,
      URI url,
      MultiMap headers,
      int authentications,
      int redirects,
      boolean ownOrigin) {
    RequestBody body = endpoint.body();
    OutgoingRequest request =
        new OutgoingRequest(endpoint.method(), url, headers, body, describe(endpoint));
    return transport
        .exchange(request)
        .compose(
            response -> {
              int status = response.statusCode();
              if (status == 401 && ownOrigin) {
                Optional<Challenge> challenge =
                    Challenge.parse(response.headers().getAll("WWW-Authenticate"));
                boolean again =
                    challenge.isPresent()
                        && authentications < MAX_AUTHENTICATIONS
                        && (authentications == 0 || challenge.get().insufficientScope())
                        && (body == null || body.replayable());
                if (again) {
                  return BodyReader.discard(response)
                      .compose(
                          v ->
                              authenticator.authenticate(
                                  challenge.get(), endpoint.scope(), endpoint.what()))
                      .compose(v -> attempt(endpoint, url, authentications + 1, redirects));
                }
              }
              if (endpoint.followsRedirects() && isRedirect(status)) {
                return redirect(endpoint, url, response, authentications, redirects);
              }
              if (status >= 300) {
                return failure(endpoint, response);
              }
              return endpoint.handleResponse(response, url);
            });
  }

  private <T> Future<T> redirect(
      RegistryEndpoint<T> endpoint,
      URI url,
      HttpClientResponse response,
      int authentications,
      int redirects) {
    String location = response.getHeader(HttpHeaders.LOCATION);
    Optional<URI> target = location == null ? Optional.empty() : Urls.resolve(url, location);
    if (target.isEmpty() || redirects >= maxRedirects) {
      String why =
          target.isEmpty()
              ? "redirect without a usable Location"
              : "more than " + maxRedirects + " redirects";
      return BodyReader.discard(response)
          .compose(
              v ->
                  Future.failedFuture(
                      new RegistryException(
                          endpoint.what() + " on registry " + registry,
                          response.statusCode(),
                          why,
                          List.of())));
    }
    return BodyReader.discard(response)
        .compose(v -> attempt(endpoint, target.get(), authentications, redirects + 1));
  }

  private <T> Future<T> failure(RegistryEndpoint<T> endpoint, HttpClientResponse response) {
    int status = response.statusCode();
    return BodyReader.readError(response)
        .compose(
            errorBody -> {
              var codes = ErrorResponses.parseCodes(errorBody);
              Future<T> handled = endpoint.handleError(status, codes);
              if (handled != null) {
                return handled;
              }
              return Future.failedFuture(
                  ErrorResponses.toException(
                      registry, endpoint.what(), status, response.statusMessage(), codes));
            });
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private String describe(RegistryEndpoint<?> endpoint) {
    return endpoint.method() + " " + endpoint.what() + " on registry " + registry;
  }
}
