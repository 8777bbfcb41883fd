package dev.jdxf.domain.port.out;

import dev.jdxf.domain.model.BlobContent;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.DigestAlgorithm;
import java.nio.file.Path;
import java.util.concurrent.CompletionStage;

/** Local files as blob content: hashing them and reading them, with bounded memory. */
public interface LocalFiles {

  /** The digest and size of a file, streaming it once. */
  CompletionStage<BlobInfo> hash(Path file, DigestAlgorithm algorithm);

  /** Opens a file for streaming. */
  CompletionStage<BlobContent> open(Path file);
}
