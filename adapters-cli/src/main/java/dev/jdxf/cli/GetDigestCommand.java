package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.AliasCommand;
import dev.jdxf.domain.port.in.GetDigestUseCase;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.in.PerPlatform;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "get-digest",
    mixinStandardHelpOptions = true,
    header = "Print the config digest of an alias.",
    customSynopsis = "jdxf get-digest <repo> [<alias>...]",
    description =
        "Print the config digest of each alias's manifest: for an alias written by dxf "
            + "its first blob, for a Docker image the image id. With no alias, that of the "
            + "manifest on standard input. A multi-platform alias gives one line of JSON unless "
            + "DXF_PLATFORM picks a platform.",
    footerHeading = "%nExamples:%n",
    footer = {"  jdxf get-digest fred/datalogger may15-readings%n"})
final class GetDigestCommand extends DxfCommand {
  private final Lazy<GetDigestUseCase> getDigest;

  @Inject
  GetDigestCommand(Session session, Lazy<GetDigestUseCase> getDigest) {
    super(session);
    this.getDigest = getDigest;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 1, Args.UNBOUNDED);
    RepositoryName repository = Args.repository(args.get(0));
    for (ManifestSource manifest :
        Args.manifests(args.subList(1, args.size()), session::stdinManifest)) {
      AliasCommand command = new AliasCommand(repository, manifest, session.options().platform());
      PerPlatform<Digest> digest = getDigest.get().getDigest(command).toCompletableFuture().join();
      Results.print(
          session.out(),
          digest,
          d -> session.out().println(d.toString()),
          d -> PyJson.string(d.toString()));
    }
  }
}
