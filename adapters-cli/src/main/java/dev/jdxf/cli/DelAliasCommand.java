package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.DeleteAliasUseCase;
import dev.jdxf.domain.port.in.PerPlatform;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "del-alias",
    mixinStandardHelpOptions = true,
    header = "Delete aliases; print the blobs they pointed to.",
    customSynopsis = "jdxf del-alias <repo> <alias>...",
    description =
        "Delete aliases (the manifests they name) and print the blob digests each pointed "
            + "to, one per line; the blobs stay. A multi-platform alias gives one line of JSON: "
            + "per platform, the digest of that platform's manifest.",
    footerHeading = "%nExamples:%n",
    footer = {"  jdxf del-alias fred/datalogger may15-readings%n"})
final class DelAliasCommand extends DxfCommand {
  private final Lazy<DeleteAliasUseCase> deleteAlias;

  @Inject
  DelAliasCommand(Session session, Lazy<DeleteAliasUseCase> deleteAlias) {
    super(session);
    this.deleteAlias = deleteAlias;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 2, Args.UNBOUNDED);
    RepositoryName repository = Args.repository(args.get(0));
    for (Alias alias : Args.aliases(args.subList(1, args.size()))) {
      DeleteAliasUseCase.Command command =
          new DeleteAliasUseCase.Command(repository, alias, session.options().platform());
      PerPlatform<List<Digest>> digests =
          deleteAlias.get().deleteAlias(command).toCompletableFuture().join();
      Results.print(
          session.out(),
          digests,
          ds -> ds.forEach(d -> session.out().println(d.toString())),
          PyJson::strings);
    }
  }
}
