package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.AliasCommand;
import dev.jdxf.domain.port.in.BlobTarget;
import dev.jdxf.domain.port.in.GetAliasUseCase;
import dev.jdxf.domain.port.in.ManifestSource;
import dev.jdxf.domain.port.in.PerPlatform;
import dev.jdxf.domain.port.in.PullBlobUseCase;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;

@Command(
    name = "pull-blob",
    mixinStandardHelpOptions = true,
    header = "Write blobs to standard output.",
    customSynopsis = "jdxf pull-blob <repo> [<digest>|@alias...]",
    description =
        "Write blobs to standard output, in order; an alias stands for its blobs. Each "
            + "blob's SHA-256 is checked while it streams: a mismatch fails the command at the "
            + "end of that blob (its bytes have been written by then). With no digest or alias, "
            + "the blobs of the manifest on standard input. DXF_BLOB_INFO=1 writes '<digest> "
            + "<size>' before each blob. A multi-platform alias needs DXF_PLATFORM; without it, "
            + "its blobs per platform are printed as one line of JSON.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jdxf pull-blob fred/datalogger @may15-readings > readings.dat",
      "  jdxf pull-blob fred/datalogger sha256:0a1b...e9f0 > logger.dat",
      "  jdxf get-manifest fred/datalogger readings | jdxf pull-blob fred/datalogger%n"
    })
final class PullBlobCommand extends DxfCommand {
  private final Lazy<PullBlobUseCase> pullBlob;
  private final Lazy<GetAliasUseCase> getAlias;

  @Inject
  PullBlobCommand(Session session, Lazy<PullBlobUseCase> pullBlob, Lazy<GetAliasUseCase> getAlias) {
    super(session);
    this.pullBlob = pullBlob;
    this.getAlias = getAlias;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 1, Args.UNBOUNDED);
    RepositoryName repository = Args.repository(args.get(0));
    session.options(); // a malformed DXF_CHUNK_SIZE or DXF_PLATFORM fails before any transfer
    for (BlobTarget target :
        Args.blobTargets(args.subList(1, args.size()), session::stdinManifest)) {
      if (target instanceof BlobTarget.OneBlob) {
        pull(repository, ((BlobTarget.OneBlob) target).digest());
      } else {
        pullManifest(repository, ((BlobTarget.ManifestBlobs) target).manifest());
      }
    }
  }

  private void pullManifest(RepositoryName repository, ManifestSource manifest) {
    AliasCommand command = new AliasCommand(repository, manifest, session.options().platform());
    PerPlatform<List<Digest>> blobs = getAlias.get().getAlias(command).toCompletableFuture().join();
    Results.print(
        session.out(),
        blobs,
        digests -> digests.forEach(d -> pull(repository, d)),
        PyJson::strings);
  }

  private void pull(RepositoryName repository, Digest digest) {
    PullBlobUseCase.Command command =
        new PullBlobUseCase.Command(repository, digest, session.progress());
    BlobContent content = pullBlob.get().pullBlob(command).toCompletableFuture().join();
    if (session.options().blobInfo()) {
      session.out().println(digest + " " + content.size());
    }
    BlobDrain.drain(content.bytes(), session.out());
  }
}
