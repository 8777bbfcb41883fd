package dev.jdxf.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jdxf.domain.error.InsecureAuthException;
import dev.jdxf.domain.error.RegistryException;
import dev.jdxf.domain.manifest.JsonTrees;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers challenges: Basic with the configured credentials, Bearer by asking the token realm
 * (always over https, its host replaced by the auth-host setting) for the challenge's scope. Never
 * over plain http: credentials do not travel in clear text.
 */
final class Authenticator {
  private static final int TOKEN_BODY_LIMIT = 1024 * 1024;

  private final Transport transport;
  private final RegistrySettings settings;
  private final URI registryBase;
  private final TokenCache tokens;
  private volatile boolean basicRequired;

  /** Token requests under way, by the scope asked for. */
  private final Map<String, Future<Issued>> fetching = new ConcurrentHashMap<>();

  Authenticator(
      Transport transport, RegistrySettings settings, URI registryBase, TokenCache tokens) {
    this.transport = transport;
    this.settings = settings;
    this.registryBase = registryBase;
    this.tokens = tokens;
  }

  /**
   * The Authorization to send for {@code scope} without being asked, if any. A cached token due for
   * renewal (near its {@code expires_in}) is renewed first, from the challenge that brought it: the
   * request may carry a streamed body, which could not be sent again after a 401. If the renewal
   * fails, the old token goes out (the registry may still take it; if not, its 401 tells).
   */
  Future<Optional<String>> authorization(Scope scope, String what) {
    Optional<TokenCache.Cached> due = tokens.dueForRenewal(scope);
    if (due.isPresent()) {
      return renew(due.get(), what);
    }
    Optional<String> token = tokens.forScope(scope);
    if (token.isPresent()) {
      return Future.succeededFuture(Optional.of("Bearer " + token.get()));
    }
    return Future.succeededFuture(basicRequired ? basicCredentials() : Optional.empty());
  }

  /** A renewal of a token due for it; the old token if it fails. */
  private Future<Optional<String>> renew(TokenCache.Cached due, String what) {
    TokenCache.TokenRequest again = due.request();
    Optional<String> old = Optional.of("Bearer " + due.value());
    return authenticate(again.challenge(), again.scope(), again.forced(), what)
        .map(token -> token.map(t -> "Bearer " + t).or(() -> old))
        .otherwise(old);
  }

  /**
   * Answers {@code challenge} for a request needing {@code scope}: completes with the bearer token
   * obtained, or empty when Basic credentials are to be sent from now on.
   */
  Future<Optional<String>> authenticate(Challenge challenge, Scope scope, String what) {
    return authenticate(challenge, scope, false, what);
  }

  /**
   * Like {@link #authenticate(Challenge, Scope, String)}; with {@code forced} the token is asked
   * for {@code scope} whatever the challenge names (dxf's {@code auth <repo> <actions>}).
   */
  Future<Optional<String>> authenticate(
      Challenge challenge, Scope scope, boolean forced, String what) {
    if (settings.insecure()) {
      return Future.failedFuture(new InsecureAuthException("Auth requires HTTPS"));
    }
    if (challenge.isBasic()) {
      if (!settings.hasCredentials()) {
        return Future.failedFuture(
            ErrorResponses.unauthorized(
                settings.host(), what, "credentials required (Basic), none given"));
      }
      basicRequired = true;
      return Future.succeededFuture(Optional.empty());
    }
    Scope wanted = forced ? scope : challenge.param("scope").map(Scope::new).orElse(scope);
    TokenCache.TokenRequest again = new TokenCache.TokenRequest(challenge, scope, forced);
    return fetchShared(challenge, wanted, what)
        .map(
            issued -> {
              String token = issued.token();
              tokens.put(wanted, token, issued.lifetime(), issued.askedAt(), again);
              tokens.put(scope, token, issued.lifetime(), issued.askedAt(), again);
              // a token for several scopes (a mount) also serves each one (the upload after it)
              for (String part : scope.parts()) {
                tokens.put(new Scope(part), token, issued.lifetime(), issued.askedAt(), again);
              }
              return Optional.of(token);
            });
  }

  /**
   * A token from the realm and how long it lives from when it was asked for ({@code askedAt}, on
   * the token cache's clock).
   */
  private record Issued(String token, Duration lifetime, long askedAt) {}

  /**
   * One token request for {@code scope} at a time: requests that need the same token at once (a
   * first 401 met by parallel transfers, or a token they all find due for renewal) share it.
   */
  private Future<Issued> fetchShared(Challenge challenge, Scope scope, String what) {
    String key = scope.value();
    Promise<Issued> mine = Promise.promise();
    Future<Issued> underWay = fetching.putIfAbsent(key, mine.future());
    if (underWay != null) {
      return underWay;
    }
    fetchToken(challenge, scope, what)
        .onComplete(
            result -> {
              fetching.remove(key, mine.future());
              mine.handle(result);
            });
    return mine.future();
  }

  private Future<Issued> fetchToken(Challenge challenge, Scope scope, String what) {
    Optional<URI> realm = challenge.param("realm").flatMap(r -> Urls.resolve(registryBase, r));
    if (realm.isEmpty()) {
      return Future.failedFuture(
          ErrorResponses.unauthorized(
              settings.host(), what, "the Bearer challenge names no usable realm"));
    }
    URI url = Urls.withSchemeAndAuthority(realm.get(), "https", settings.authHost());
    Optional<String> service = challenge.param("service");
    if (service.isPresent()) {
      url = Urls.withQueryParameter(url, "service", service.get());
    }
    for (String part : scope.parts()) {
      url = Urls.withQueryParameter(url, "scope", part);
    }
    io.vertx.core.MultiMap headers = HttpHeaders.headers();
    basicCredentials().ifPresent(v -> headers.set(HttpHeaders.AUTHORIZATION, v));
    String doing = "token for " + (scope.isNone() ? "no scope" : scope.value());
    String tokenService = "token service " + url.getRawAuthority();
    OutgoingRequest request = new OutgoingRequest(HttpMethod.GET, url, headers, null, doing);
    long asked = tokens.now();
    return transport
        .exchange(request)
        .compose(
            response -> {
              int status = response.statusCode();
              if (status != 200) {
                return BodyReader.readError(response)
                    .compose(
                        body -> {
                          var codes = ErrorResponses.parseCodes(body);
                          String statusText = status + " " + response.statusMessage();
                          if (status == 401 || status == 403) {
                            return Future.failedFuture(
                                ErrorResponses.unauthorized(
                                    tokenService, doing, statusText + " (credentials refused)"));
                          }
                          return Future.failedFuture(
                              new RegistryException(
                                  tokenService + " (" + doing + ")",
                                  status,
                                  response.statusMessage(),
                                  codes));
                        });
              }
              return BodyReader.read(
                      response,
                      TOKEN_BODY_LIMIT,
                      size ->
                          ErrorResponses.unauthorized(
                              tokenService, doing, "answer of " + size + " bytes is too large"))
                  .compose(body -> tokenOf(body.getBytes(), tokenService, asked));
            });
  }

  /**
   * The token of a realm's answer ({@code access_token}, else {@code token}) and its lifetime:
   * {@code expires_in} seconds when the answer gives a positive number, else the spec's 60 s.
   */
  private Future<Issued> tokenOf(byte[] json, String tokenService, long asked) {
    try {
      JsonNode answer = JsonTrees.read(json);
      if (answer == null || !answer.isObject()) {
        throw new IOException("not a JSON object");
      }
      String token = textOf(answer.path("access_token"));
      if (token.isEmpty()) {
        token = textOf(answer.path("token"));
      }
      if (token.isEmpty()) {
        return Future.failedFuture(
            ErrorResponses.unauthorized(tokenService, "a token", "its answer holds no token"));
      }
      JsonNode expiresIn = answer.path("expires_in");
      Duration lifetime =
          expiresIn.isNumber() && expiresIn.asLong() > 0
              ? Duration.ofSeconds(expiresIn.asLong())
              : TokenCache.DEFAULT_LIFETIME;
      return Future.succeededFuture(new Issued(token, lifetime, asked));
    } catch (IOException | RuntimeException e) {
      return Future.failedFuture(
          ErrorResponses.unauthorized(tokenService, "a token", "its answer is not JSON"));
    }
  }

  /** A string member's text; empty for anything else. */
  private static String textOf(JsonNode value) {
    return value.isTextual() ? value.asText() : "";
  }

  /** {@code Basic base64(user:password)}, or the ready Authorization value. */
  Optional<String> basicCredentials() {
    if (settings.authorization().isPresent()) {
      return settings.authorization();
    }
    return settings
        .username()
        .map(
            user ->
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + settings.password().orElse(""))
                                .getBytes(StandardCharsets.UTF_8)));
  }
}
