package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.ContentLocation;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ProgressListener;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * {@code jdxf copy}: copy a whole manifest graph (index, platform manifests, configs, layers) from
 * one store to another, keeping the manifest bytes so digests do not change; blobs the destination
 * has are skipped, blobs in another repository of the same registry are mounted.
 */
public interface CopyUseCase {

  CompletionStage<Result> copy(Command command);

  /**
   * @param parallelism how many blobs move at once (at least 1)
   */
  record Command(
      ContentLocation source,
      ContentLocation destination,
      ProgressListener progress,
      int parallelism) {
    public Command {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(destination, "destination");
      Objects.requireNonNull(progress, "progress");
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
      }
    }
  }

  /** What the copy did: the top manifest's digest and how each blob got there. */
  record Result(
      Digest digest,
      int manifests,
      int blobsCopied,
      int blobsMounted,
      int blobsSkipped,
      long bytesCopied) {}
}
