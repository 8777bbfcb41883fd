package dev.jdxf.http;

import dev.jdxf.domain.error.RegistryException.ErrorCode;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code HEAD /v2/<repo>/blobs/<digest>}: the blob's size, or empty when the registry lacks it. */
record BlobChecker(RepositoryName repository, Digest digest)
    implements RegistryEndpoint<Optional<Long>> {

  @Override
  public HttpMethod method() {
    return HttpMethod.HEAD;
  }

  @Override
  public URI url(URI base) {
    return Responses.api(base, repository + "/blobs/" + digest);
  }

  @Override
  public Scope scope() {
    return Scope.pull(repository);
  }

  @Override
  public String what() {
    return "blob " + digest + " in repository " + repository;
  }

  @Override
  public boolean followsRedirects() {
    return true;
  }

  @Override
  public Future<Optional<Long>> handleResponse(HttpClientResponse response, URI requestUrl) {
    var length = Responses.contentLength(response);
    return Responses.drained(
        response, length.isPresent() ? Optional.of(length.getAsLong()) : Optional.empty());
  }

  @Override
  public @Nullable Future<Optional<Long>> handleError(int status, List<ErrorCode> codes) {
    return status == 404 ? Future.succeededFuture(Optional.empty()) : null;
  }
}
