package dev.jdxf.http;

import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.RepositoryName;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;

/** {@code GET /v2/<repo>/tags/list?n=}: one page of aliases. */
record TagLister(RepositoryName repository, URI pageUrl, String registry)
    implements RegistryEndpoint<Page> {

  static URI firstPage(URI base, RepositoryName repository) {
    return Responses.api(base, repository + "/tags/list");
  }

  @Override
  public HttpMethod method() {
    return HttpMethod.GET;
  }

  @Override
  public URI url(URI base) {
    return pageUrl;
  }

  @Override
  public Scope scope() {
    return Scope.pull(repository);
  }

  @Override
  public String what() {
    return "aliases of repository " + repository;
  }

  @Override
  public Future<Page> handleResponse(HttpClientResponse response, URI requestUrl) {
    return Listings.read(response, requestUrl, "tags", what(), registry);
  }
}
