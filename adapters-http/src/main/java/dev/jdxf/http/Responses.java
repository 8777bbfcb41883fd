package dev.jdxf.http;

import dev.jdxf.domain.error.RegistryException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;

/** Small readers of registry answers shared by the endpoints. */
final class Responses {
  private Responses() {}

  /** {@code base} + {@code /v2/} + {@code path}. */
  static URI api(URI base, String path) {
    return base.resolve("/v2/" + path);
  }

  /** Drops the body and completes with {@code value}. */
  static <T> Future<T> drained(HttpClientResponse response, T value) {
    return BodyReader.discard(response).map(v -> value);
  }

  /** The {@code Content-Length}, if stated and valid. */
  static OptionalLong contentLength(HttpClientResponse response) {
    String value = response.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      long n = Long.parseLong(value.strip());
      return n >= 0 ? OptionalLong.of(n) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** The upload {@code Location}, resolved against the request; fails when there is none. */
  static Future<URI> uploadLocation(
      HttpClientResponse response, URI requestUrl, String what, String registry) {
    String location = response.getHeader(HttpHeaders.LOCATION);
    var resolved =
        location == null ? java.util.Optional.<URI>empty() : Urls.resolve(requestUrl, location);
    if (resolved.isEmpty()) {
      return BodyReader.discard(response)
          .compose(
              v ->
                  Future.failedFuture(
                      new RegistryException(
                          what + " on registry " + registry,
                          response.statusCode(),
                          "answer without a usable upload Location",
                          List.of())));
    }
    return drained(response, resolved.get());
  }
}
