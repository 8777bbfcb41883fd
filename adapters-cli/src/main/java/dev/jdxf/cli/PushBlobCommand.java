package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.PushBlobUseCase;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(
    name = "push-blob",
    mixinStandardHelpOptions = true,
    header = "Store a file as a blob; print its digest.",
    customSynopsis = "jdxf push-blob <repo> <file> [@alias]",
    description =
        "Store a file as a blob and print its digest. Nothing is stored again when the "
            + "repository already has the blob (a file of 8 MiB or more starts uploading while "
            + "it is hashed; that upload is then abandoned). With @alias, point the alias at "
            + "the blob.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jdxf push-blob fred/datalogger logger.dat",
      "  jdxf push-blob fred/datalogger logger.dat @may15-readings%n"
    })
final class PushBlobCommand extends DxfCommand {
  private final Lazy<PushBlobUseCase> pushBlob;

  @Inject
  PushBlobCommand(Session session, Lazy<PushBlobUseCase> pushBlob) {
    super(session);
    this.pushBlob = pushBlob;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 2, 3);
    RepositoryName repository = Args.repository(args.get(0));
    Path file = Path.of(args.get(1));
    Optional<Alias> alias =
        args.size() == 3 ? Optional.of(Args.atAlias(args.get(2))) : Optional.empty();
    PushBlobUseCase.Command command =
        PushBlobUseCase.Command.file(repository, file, alias).withProgress(session.progress());
    Digest digest = pushBlob.get().pushBlob(command).toCompletableFuture().join();
    session.out().println(digest.toString());
  }
}
