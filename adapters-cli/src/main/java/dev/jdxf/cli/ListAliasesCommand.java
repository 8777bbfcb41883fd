package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.ListAliasesUseCase;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "list-aliases",
    mixinStandardHelpOptions = true,
    header = "List the aliases of a repository.",
    customSynopsis = "jdxf list-aliases <repo>",
    description = "Print every alias of the repository, one per line.",
    footerHeading = "%nExamples:%n",
    footer = {"  jdxf list-aliases fred/datalogger%n"})
final class ListAliasesCommand extends DxfCommand {
  /** The store's default page size; the pages are followed to the end. */
  private static final int STORE_PAGE_SIZE = 0;

  private final Lazy<ListAliasesUseCase> listAliases;

  @Inject
  ListAliasesCommand(Session session, Lazy<ListAliasesUseCase> listAliases) {
    super(session);
    this.listAliases = listAliases;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 1, 1);
    RepositoryName repository = Args.repository(args.get(0));
    List<String> aliases =
        listAliases.get().listAliases(repository, STORE_PAGE_SIZE).toCompletableFuture().join();
    aliases.forEach(session.out()::println);
  }
}
