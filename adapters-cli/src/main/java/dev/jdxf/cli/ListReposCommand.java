package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.port.in.ListRepositoriesUseCase;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "list-repos",
    mixinStandardHelpOptions = true,
    header = "List the repositories of the registry.",
    customSynopsis = "jdxf list-repos",
    description = "Print every repository of the registry, one per line.",
    footerHeading = "%nExamples:%n",
    footer = {"  jdxf list-repos%n"})
final class ListReposCommand extends DxfCommand {
  /** The store's default page size; the pages are followed to the end. */
  private static final int STORE_PAGE_SIZE = 0;

  private final Lazy<ListRepositoriesUseCase> listRepositories;

  @Inject
  ListReposCommand(Session session, Lazy<ListRepositoriesUseCase> listRepositories) {
    super(session);
    this.listRepositories = listRepositories;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 0, 0);
    List<String> repositories =
        listRepositories.get().listRepositories(STORE_PAGE_SIZE).toCompletableFuture().join();
    repositories.forEach(session.out()::println);
  }
}
