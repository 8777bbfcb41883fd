package dev.jdxf.http;

import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;

/** Initiate upload: {@code POST /v2/<repo>/blobs/uploads/}; answers the upload's Location. */
record BlobUploadInitiator(RepositoryName repository, String registry)
    implements RegistryEndpoint<URI> {

  @Override
  public HttpMethod method() {
    return HttpMethod.POST;
  }

  @Override
  public URI url(URI base) {
    return Responses.api(base, repository + "/blobs/uploads/");
  }

  @Override
  public Scope scope() {
    return Scope.push(repository);
  }

  @Override
  public String what() {
    return "a blob upload to repository " + repository;
  }

  @Override
  public RequestBody body() {
    return RequestBody.of(io.vertx.core.buffer.Buffer.buffer(), "application/octet-stream");
  }

  @Override
  public Future<URI> handleResponse(HttpClientResponse response, URI requestUrl) {
    return Responses.uploadLocation(response, requestUrl, what(), registry);
  }
}
