package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** dxf {@code list-repos}: every repository of the store, or one page at a time. */
public interface ListRepositoriesUseCase {

  CompletionStage<List<String>> listRepositories(int pageSize);

  CompletionStage<Page> listRepositoriesPage(PageRequest page);
}
