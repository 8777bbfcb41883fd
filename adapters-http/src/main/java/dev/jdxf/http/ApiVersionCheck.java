package dev.jdxf.http;

import dev.jdxf.domain.error.RegistryException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;

/** {@code GET /v2/}: the registry's {@code Docker-Distribution-API-Version}. */
final class ApiVersionCheck implements RegistryEndpoint<String> {
  private final String registry;

  ApiVersionCheck(String registry) {
    this.registry = registry;
  }

  @Override
  public HttpMethod method() {
    return HttpMethod.GET;
  }

  @Override
  public URI url(URI base) {
    return Responses.api(base, "");
  }

  @Override
  public Scope scope() {
    return Scope.NONE;
  }

  @Override
  public String what() {
    return "the API version";
  }

  @Override
  public Future<String> handleResponse(HttpClientResponse response, URI requestUrl) {
    String version = response.getHeader("Docker-Distribution-API-Version");
    if (version == null || version.isBlank()) {
      return BodyReader.discard(response)
          .compose(
              v ->
                  Future.failedFuture(
                      new RegistryException(
                          "the API version of registry " + registry,
                          response.statusCode(),
                          "no Docker-Distribution-API-Version header",
                          List.of())));
    }
    return Responses.drained(response, version.strip());
  }
}
