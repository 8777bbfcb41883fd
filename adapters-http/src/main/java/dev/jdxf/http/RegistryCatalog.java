package dev.jdxf.http;

import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.port.out.Catalog;
import java.util.concurrent.CompletionStage;

/** The registry's catalog and API version. */
final class RegistryCatalog implements Catalog {
  private final RegistryContext registry;

  RegistryCatalog(RegistryContext registry) {
    this.registry = registry;
  }

  @Override
  public CompletionStage<Page> listRepositories(PageRequest page) {
    return registry.run(
        r ->
            r.send(
                new CatalogLister(
                    Listings.pageUrl(
                        CatalogLister.firstPage(r.base()), page, r.base(), r.registry()),
                    r.registry())));
  }

  @Override
  public CompletionStage<String> apiVersion() {
    return registry.run(r -> r.send(new ApiVersionCheck(r.registry())));
  }
}
