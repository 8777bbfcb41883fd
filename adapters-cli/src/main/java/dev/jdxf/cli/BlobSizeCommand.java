package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.BlobSizeUseCase;
import dev.jdxf.domain.port.in.BlobTarget;
import dev.jdxf.domain.port.in.PerPlatform;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "blob-size",
    mixinStandardHelpOptions = true,
    header = "Print the size of blobs or aliases.",
    customSynopsis = "jdxf blob-size <repo> [<digest>|@alias...]",
    description =
        "Print the size in bytes of each blob, one number per argument; an alias's size "
            + "is the sum of its blobs' sizes. With no digest or alias, the size of the "
            + "manifest on standard input. A multi-platform alias gives one line of JSON, a "
            + "size per platform, unless DXF_PLATFORM picks one.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jdxf blob-size fred/datalogger sha256:0a1b...e9f0",
      "  jdxf blob-size fred/datalogger @may15-readings%n"
    })
final class BlobSizeCommand extends DxfCommand {
  private final Lazy<BlobSizeUseCase> blobSize;

  @Inject
  BlobSizeCommand(Session session, Lazy<BlobSizeUseCase> blobSize) {
    super(session);
    this.blobSize = blobSize;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 1, Args.UNBOUNDED);
    RepositoryName repository = Args.repository(args.get(0));
    for (BlobTarget target :
        Args.blobTargets(args.subList(1, args.size()), session::stdinManifest)) {
      BlobSizeUseCase.Command command =
          new BlobSizeUseCase.Command(repository, target, session.options().platform());
      PerPlatform<Long> size = blobSize.get().blobSize(command).toCompletableFuture().join();
      Results.print(session.out(), size, s -> session.out().println(s.toString()), String::valueOf);
    }
  }
}
