package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.port.in.SetAliasUseCase;
import dev.jdxf.domain.port.in.SetAliasUseCase.BlobRef;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

@Command(
    name = "set-alias",
    mixinStandardHelpOptions = true,
    header = "Point an alias at blobs; print the manifest.",
    customSynopsis = "jdxf set-alias <repo> <alias> <digest>|<file>...",
    description =
        "Point an alias at blobs and print the manifest written (no newline at the end). "
            + "An argument containing a path separator is a local file whose digest is computed "
            + "here; the blobs must already be in the repository.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jdxf set-alias fred/datalogger readings sha256:0a1b...e9f0 sha256:77c2...41d8",
      "  jdxf set-alias fred/datalogger may15-readings ./logger.dat%n"
    })
final class SetAliasCommand extends DxfCommand {
  private final Lazy<SetAliasUseCase> setAlias;

  @Inject
  SetAliasCommand(Session session, Lazy<SetAliasUseCase> setAlias) {
    super(session);
    this.setAlias = setAlias;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 3, Args.UNBOUNDED);
    List<BlobRef> blobs =
        args.subList(2, args.size()).stream()
            .map(SetAliasCommand::blob)
            .collect(Collectors.toList());
    SetAliasUseCase.Command command =
        new SetAliasUseCase.Command(Args.repository(args.get(0)), Args.alias(args.get(1)), blobs);
    RawManifest manifest = setAlias.get().setAlias(command).toCompletableFuture().join();
    session.out().write(ByteBuffer.wrap(manifest.bytes()));
  }

  /** dxf's rule: an argument containing a path separator is a file, anything else a digest. */
  static BlobRef blob(String arg) {
    if (arg.indexOf('/') >= 0 || arg.indexOf(File.separatorChar) >= 0) {
      return new BlobRef.LocalFile(Path.of(arg));
    }
    return new BlobRef.ByDigest(Args.digest(arg));
  }
}
