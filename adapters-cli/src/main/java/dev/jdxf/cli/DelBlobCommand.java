package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.BlobTarget;
import dev.jdxf.domain.port.in.DeleteBlobUseCase;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "del-blob",
    mixinStandardHelpOptions = true,
    header = "Delete blobs, or an alias and its blobs.",
    customSynopsis = "jdxf del-blob <repo> [<digest>|@alias...]",
    description =
        "Delete blobs. For an alias, delete the alias (as del-alias), then each of its "
            + "blobs; for a multi-platform alias, every platform's manifest and blobs, then the "
            + "index. With no digest or alias, the blobs of the manifest on standard input. "
            + "Prints nothing.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jdxf del-blob fred/datalogger sha256:0a1b...e9f0",
      "  jdxf del-blob fred/datalogger @may15-readings%n"
    })
final class DelBlobCommand extends DxfCommand {
  private final Lazy<DeleteBlobUseCase> deleteBlob;

  @Inject
  DelBlobCommand(Session session, Lazy<DeleteBlobUseCase> deleteBlob) {
    super(session);
    this.deleteBlob = deleteBlob;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 1, Args.UNBOUNDED);
    RepositoryName repository = Args.repository(args.get(0));
    for (BlobTarget target :
        Args.blobTargets(args.subList(1, args.size()), session::stdinManifest)) {
      DeleteBlobUseCase.Command command =
          new DeleteBlobUseCase.Command(repository, target, session.options().platform());
      deleteBlob.get().deleteBlob(command).toCompletableFuture().join();
    }
  }
}
