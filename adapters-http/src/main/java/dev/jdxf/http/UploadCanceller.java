package dev.jdxf.http;

import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;

/** Cancel upload: {@code DELETE <upload location>}. */
record UploadCanceller(RepositoryName repository, URI location) implements RegistryEndpoint<Void> {

  @Override
  public HttpMethod method() {
    return HttpMethod.DELETE;
  }

  @Override
  public URI url(URI base) {
    return location;
  }

  @Override
  public Scope scope() {
    return Scope.push(repository);
  }

  @Override
  public String what() {
    return "an unfinished blob upload to repository " + repository;
  }

  @Override
  public Future<Void> handleResponse(HttpClientResponse response, URI requestUrl) {
    return BodyReader.discard(response);
  }
}
