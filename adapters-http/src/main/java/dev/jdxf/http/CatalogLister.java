package dev.jdxf.http;

import dev.jdxf.domain.model.Page;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.net.URI;

/** {@code GET /v2/_catalog?n=}: one page of repository names. */
record CatalogLister(URI pageUrl, String registry) implements RegistryEndpoint<Page> {

  static URI firstPage(URI base) {
    return Responses.api(base, "_catalog");
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
    return Scope.CATALOG;
  }

  @Override
  public String what() {
    return "the repository catalog";
  }

  @Override
  public Future<Page> handleResponse(HttpClientResponse response, URI requestUrl) {
    return Listings.read(response, requestUrl, "repositories", what(), registry);
  }
}
