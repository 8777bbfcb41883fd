package dev.jdxf.http;

import dev.jdxf.domain.error.RegistryException.ErrorCode;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One registry endpoint: what to send and how to read the answer. {@link AuthenticatedRequester}
 * sends it, authenticating and following redirects as needed.
 *
 * @param <T> what the endpoint answers
 */
interface RegistryEndpoint<T> {

  HttpMethod method();

  /** The URL to send to; {@code base} is {@code http(s)://host[:port]} of the registry. */
  URI url(URI base);

  /** The token scope this request needs, used to pick a cached token. */
  Scope scope();

  /** What the request is about, in the user's words: {@code blob sha256:… in repository foo}. */
  String what();

  /** The {@code Accept} media types, if any. */
  default List<String> accept() {
    return List.of();
  }

  default @Nullable RequestBody body() {
    return null;
  }

  /** Whether a redirect is followed (blob reads); credentials never go to another origin. */
  default boolean followsRedirects() {
    return false;
  }

  /**
   * Reads a successful (2xx) answer. The response is paused: the endpoint reads or drops its body.
   *
   * @param requestUrl the URL that answered, to resolve relative links against
   */
  Future<T> handleResponse(HttpClientResponse response, URI requestUrl);

  /**
   * Handles an error answer itself (e.g. 404 of a HEAD as "absent"), or returns null for the
   * standard mapping to a jdxf error.
   */
  default @Nullable Future<T> handleError(int status, List<ErrorCode> codes) {
    return null;
  }
}
