package dev.jdxf.http;

import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.Optional;

/**
 * Mount: {@code POST /v2/<repo>/blobs/uploads/?mount=<digest>&from=<repo>}. Answers empty when
 * mounted (201), or the Location of the upload the registry opened instead (202).
 */
record BlobMounter(RepositoryName repository, RepositoryName from, Digest digest, String registry)
    implements RegistryEndpoint<Optional<URI>> {

  @Override
  public HttpMethod method() {
    return HttpMethod.POST;
  }

  @Override
  public URI url(URI base) {
    URI uploads = Responses.api(base, repository + "/blobs/uploads/");
    return Urls.withQueryParameter(
        Urls.withQueryParameter(uploads, "mount", digest.toString()), "from", from.toString());
  }

  @Override
  public Scope scope() {
    return Scope.push(repository).and(Scope.pull(from));
  }

  @Override
  public String what() {
    return "mount of blob " + digest + " from repository " + from + " to repository " + repository;
  }

  @Override
  public RequestBody body() {
    return RequestBody.of(Buffer.buffer(), "application/octet-stream");
  }

  @Override
  public Future<Optional<URI>> handleResponse(HttpClientResponse response, URI requestUrl) {
    if (response.statusCode() == 201) {
      return Responses.drained(response, Optional.empty());
    }
    return Responses.uploadLocation(response, requestUrl, what(), registry).map(Optional::of);
  }
}
