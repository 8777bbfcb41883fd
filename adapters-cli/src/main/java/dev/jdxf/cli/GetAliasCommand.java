package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.AliasCommand;
import dev.jdxf.domain.port.in.GetAliasUseCase;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.in.PerPlatform;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "get-alias",
    mixinStandardHelpOptions = true,
    header = "Print the blob digests an alias points to.",
    customSynopsis = "jdxf get-alias <repo> [<alias>...]",
    description =
        "Print the blob digests each alias points to, one per line. With no alias, those "
            + "of the manifest on standard input. A multi-platform alias gives one line of "
            + "JSON, the digests per platform, unless DXF_PLATFORM picks one.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jdxf get-alias fred/datalogger may15-readings",
      "  DXF_PLATFORM=linux/amd64 jdxf get-alias library/busybox latest%n"
    })
final class GetAliasCommand extends DxfCommand {
  private final Lazy<GetAliasUseCase> getAlias;

  @Inject
  GetAliasCommand(Session session, Lazy<GetAliasUseCase> getAlias) {
    super(session);
    this.getAlias = getAlias;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 1, Args.UNBOUNDED);
    RepositoryName repository = Args.repository(args.get(0));
    for (ManifestSource manifest :
        Args.manifests(args.subList(1, args.size()), session::stdinManifest)) {
      AliasCommand command = new AliasCommand(repository, manifest, session.options().platform());
      PerPlatform<List<Digest>> digests =
          getAlias.get().getAlias(command).toCompletableFuture().join();
      Results.print(session.out(), digests, this::printLines, PyJson::strings);
    }
  }

  private void printLines(List<Digest> digests) {
    digests.forEach(d -> session.out().println(d.toString()));
  }
}
