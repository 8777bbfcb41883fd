package dev.jdxf.http;

import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;

/** {@code DELETE /v2/<repo>/blobs/<digest>}. */
record BlobDeleter(RepositoryName repository, Digest digest) implements RegistryEndpoint<Void> {

  @Override
  public HttpMethod method() {
    return HttpMethod.DELETE;
  }

  @Override
  public URI url(URI base) {
    return Responses.api(base, repository + "/blobs/" + digest);
  }

  @Override
  public Scope scope() {
    return Scope.delete(repository);
  }

  @Override
  public String what() {
    return "blob " + digest + " in repository " + repository;
  }

  @Override
  public Future<Void> handleResponse(HttpClientResponse response, URI requestUrl) {
    return BodyReader.discard(response);
  }
}
