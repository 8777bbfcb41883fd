package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.AliasCommand;
import dev.jdxf.domain.port.in.GetManifestUseCase;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.in.PerPlatform;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "get-manifest",
    mixinStandardHelpOptions = true,
    header = "Print the manifest of an alias.",
    customSynopsis = "jdxf get-manifest <repo> <alias>...",
    description =
        "Print each alias's manifest exactly as the registry stores it, no newline added. "
            + "A multi-platform alias gives one line of JSON, the manifest text per platform, "
            + "unless DXF_PLATFORM picks one.",
    footerHeading = "%nExamples:%n",
    footer = {"  jdxf get-manifest fred/datalogger may15-readings%n"})
final class GetManifestCommand extends DxfCommand {
  private final Lazy<GetManifestUseCase> getManifest;

  @Inject
  GetManifestCommand(Session session, Lazy<GetManifestUseCase> getManifest) {
    super(session);
    this.getManifest = getManifest;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 2, Args.UNBOUNDED);
    RepositoryName repository = Args.repository(args.get(0));
    for (Alias alias : Args.aliases(args.subList(1, args.size()))) {
      AliasCommand command =
          new AliasCommand(repository, ManifestSource.alias(alias), session.options().platform());
      PerPlatform<RawManifest> result =
          getManifest.get().getManifest(command).toCompletableFuture().join();
      Results.print(
          session.out(),
          result,
          m -> session.out().write(ByteBuffer.wrap(m.bytes())),
          m -> PyJson.string(m.text()));
    }
  }
}
