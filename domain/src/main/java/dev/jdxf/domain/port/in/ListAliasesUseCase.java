package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RepositoryName;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** dxf {@code list-aliases}: every alias of a repository, or one page at a time. */
public interface ListAliasesUseCase {

  /** Every alias, following the pages to the end. */
  CompletionStage<List<String>> listAliases(RepositoryName repository, int pageSize);

  /** One page. */
  CompletionStage<Page> listAliasesPage(RepositoryName repository, PageRequest page);
}
