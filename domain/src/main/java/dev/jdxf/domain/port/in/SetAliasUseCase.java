package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * dxf {@code set-alias}: write the dxf alias manifest naming the given blobs (sizes from the store;
 * a local file's digest computed locally) and store it under the alias. Completes with the manifest
 * written, byte for byte.
 */
public interface SetAliasUseCase {

  CompletionStage<RawManifest> setAlias(Command command);

  /** A blob named by digest, or a local file whose digest is computed. */
  sealed interface BlobRef {
    record ByDigest(Digest digest) implements BlobRef {
      public ByDigest {
        Objects.requireNonNull(digest, "digest");
      }
    }

    record LocalFile(Path path) implements BlobRef {
      public LocalFile {
        Objects.requireNonNull(path, "path");
      }
    }
  }

  record Command(RepositoryName repository, Alias alias, List<BlobRef> blobs) {
    public Command {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(alias, "alias");
      blobs = List.copyOf(blobs);
      if (blobs.isEmpty()) {
        throw new IllegalArgumentException("an alias needs at least one blob");
      }
    }
  }
}
