package dev.jdxf.domain.port.in;

import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ProgressListener;
import dev.jdxf.domain.model.RepositoryName;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * dxf {@code push-blob}: store a file or a stream as a blob, skipping the upload when the store
 * already has it, then optionally point an alias at it.
 */
public interface PushBlobUseCase {

  CompletionStage<Digest> pushBlob(Command command);

  /** The bytes to push: a local file, or a stream. */
  sealed interface Content {
    record File(Path path) implements Content {
      public File {
        Objects.requireNonNull(path, "path");
      }
    }

    record Stream(BlobSource source) implements Content {
      public Stream {
        Objects.requireNonNull(source, "source");
      }
    }
  }

  /**
   * @param checkExists ask the store first and skip the upload when it has the blob (dxf's
   *     default); false is dxf's {@code check_exists=False}
   */
  record Command(
      RepositoryName repository,
      Content content,
      Optional<Alias> alias,
      ProgressListener progress,
      boolean checkExists) {
    public Command {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(progress, "progress");
    }

    public static Command file(RepositoryName repository, Path file, Optional<Alias> alias) {
      return new Command(repository, new Content.File(file), alias, ProgressListener.NONE, true);
    }

    public Command withProgress(ProgressListener listener) {
      return new Command(repository, content, alias, listener, checkExists);
    }
  }
}
