package dev.jdxf.domain.service;

import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.BlobStore;
import java.util.concurrent.CompletionStage;

/** Blob sizes from the store, failing with {@link NotFoundException} for an absent blob. */
final class BlobSizes {
  private BlobSizes() {}

  static CompletionStage<BlobInfo> require(BlobStore blobs, RepositoryName repo, Digest digest) {
    return blobs
        .stat(repo, digest)
        .thenApply(size -> new BlobInfo(digest, size.orElseThrow(() -> notFound(repo, digest))));
  }

  static NotFoundException notFound(RepositoryName repo, Digest digest) {
    return new NotFoundException(
        "blob " + digest + " not found in repository " + repo + " (404 Not Found)");
  }
}
