package dev.jdxf.http;

import dev.jdxf.domain.error.RegistryException;
import dev.jdxf.domain.error.TransportException;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;

/**
 * {@code GET /v2/<repo>/blobs/<digest>}, following redirects: the size and a publisher of the
 * (unverified) bytes, read only as fast as the subscriber asks.
 */
record BlobPuller(RepositoryName repository, Digest digest, String registry)
    implements RegistryEndpoint<BlobContent> {

  @Override
  public HttpMethod method() {
    return HttpMethod.GET;
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
  public Future<BlobContent> handleResponse(HttpClientResponse response, URI requestUrl) {
    var length = Responses.contentLength(response);
    if (length.isEmpty()) {
      response.request().reset();
      return Future.failedFuture(
          new RegistryException(
              what() + " on registry " + registry,
              response.statusCode(),
              "answer without a Content-Length",
              List.of()));
    }
    String host = requestUrl.getRawAuthority();
    return Future.succeededFuture(
        new BlobContent(
            length.getAsLong(),
            new ResponsePublisher(
                response,
                e -> new TransportException(Transport.describe(host, "reading " + what(), e), e))));
  }
}
