package dev.jdxf.domain.service;

import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.ListAliasesUseCase;
import dev.jdxf.domain.port.in.ListRepositoriesUseCase;
import dev.jdxf.domain.port.out.Backend;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * dxf list-aliases and list-repos: all at once (following the pages, at most {@value
 * Pages#MAX_PAGES} of them) or one page at a time.
 */
public final class ListingService implements ListAliasesUseCase, ListRepositoriesUseCase {
  private final Backend backend;

  public ListingService(Backend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public CompletionStage<List<String>> listAliases(RepositoryName repository, int pageSize) {
    return Pages.collectAll(
        page -> backend.manifests().listAliases(repository, page),
        pageSize,
        "listing the aliases of " + repository);
  }

  @Override
  public CompletionStage<Page> listAliasesPage(RepositoryName repository, PageRequest page) {
    return Stages.call(() -> backend.manifests().listAliases(repository, page));
  }

  @Override
  public CompletionStage<List<String>> listRepositories(int pageSize) {
    return Pages.collectAll(
        page -> backend.catalog().listRepositories(page), pageSize, "listing the repositories");
  }

  @Override
  public CompletionStage<Page> listRepositoriesPage(PageRequest page) {
    return Stages.call(() -> backend.catalog().listRepositories(page));
  }
}
