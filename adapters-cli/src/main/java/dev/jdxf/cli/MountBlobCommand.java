package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.port.in.MountBlobUseCase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(
    name = "mount-blob",
    mixinStandardHelpOptions = true,
    header = "Make a blob of another repository available here.",
    customSynopsis = "jdxf mount-blob <repo> <from-repo> <digest> [@alias]",
    description =
        "Make a blob of another repository of the same registry available in <repo> "
            + "without sending its bytes, and print its digest. With @alias, point the alias at "
            + "it.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jdxf mount-blob fred/archive fred/datalogger sha256:0a1b...e9f0",
      "  jdxf mount-blob fred/archive fred/datalogger sha256:0a1b...e9f0 @readings%n"
    })
final class MountBlobCommand extends DxfCommand {
  private final Lazy<MountBlobUseCase> mountBlob;

  @Inject
  MountBlobCommand(Session session, Lazy<MountBlobUseCase> mountBlob) {
    super(session);
    this.mountBlob = mountBlob;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 3, 4);
    Optional<Alias> alias =
        args.size() == 4 ? Optional.of(Args.atAlias(args.get(3))) : Optional.empty();
    MountBlobUseCase.Command command =
        new MountBlobUseCase.Command(
            Args.repository(args.get(0)),
            Args.repository(args.get(1)),
            Args.digest(args.get(2)),
            alias);
    Digest digest = mountBlob.get().mountBlob(command).toCompletableFuture().join();
    session.out().println(digest.toString());
  }
}
