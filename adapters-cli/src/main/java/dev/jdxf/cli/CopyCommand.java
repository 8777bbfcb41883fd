package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.port.in.CopyUseCase;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "copy",
    mixinStandardHelpOptions = true,
    header = "Copy an alias with everything it names from one store to another.",
    customSynopsis = "jdxf copy <source> <destination>",
    description = {
      "Copy a manifest and its whole graph (index, platform manifests, configs, layers) from "
          + "<source> to <destination>, keeping the manifest bytes so digests do not change, and "
          + "print the manifest's digest. Blobs the destination has are skipped; blobs in another "
          + "repository of the same registry are mounted; bytes stream from store to store with "
          + "no temporary file, four blobs at a time, each verified against its digest.",
      "",
      "A location is one of:",
      "  HOST[:PORT]/REPO:ALIAS      a registry (DXF_USERNAME, DXF_INSECURE, ... apply)",
      "  HOST[:PORT]/REPO@DIGEST",
      "  oci:PATH:REPO:ALIAS         a local store of OCI image layouts",
      "  oci:PATH:REPO@DIGEST",
      "The reference is read from the right, so PATH may itself contain ':'."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  jdxf copy localhost:5000/fred/datalogger:readings oci:backup:fred/datalogger:readings",
      "  jdxf copy oci:backup:fred/datalogger:readings localhost:5000/fred/restored:readings",
      "  jdxf copy localhost:5000/fred/datalogger:readings localhost:5000/fred/archive:v1%n"
    })
final class CopyCommand extends DxfCommand {
  /** How many blobs move at once. */
  static final int PARALLELISM = 4;

  private final Lazy<CopyUseCase> copy;

  @Inject
  CopyCommand(Session session, Lazy<CopyUseCase> copy) {
    super(session);
    this.copy = copy;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 2, 2);
    CopyUseCase.Command command =
        new CopyUseCase.Command(
            Args.location(args.get(0)),
            Args.location(args.get(1)),
            session.progress(),
            PARALLELISM);
    CopyUseCase.Result result = copy.get().copy(command).toCompletableFuture().join();
    session.out().println(result.digest().toString());
  }
}
