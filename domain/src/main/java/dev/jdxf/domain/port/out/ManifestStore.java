package dev.jdxf.domain.port.out;

import dev.jdxf.domain.model.Descriptor;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.Reference;
import dev.jdxf.domain.model.RepositoryName;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Where manifests and the aliases (tags) that name them live. */
public interface ManifestStore {

  /**
   * Fetches a manifest by alias or digest, accepting every manifest type jdxf reads. The bytes are
   * exactly as stored; when the store states the digest (e.g. {@code Docker-Content-Digest}) it has
   * been checked against {@code RawManifest.digest()} (for signed schema 1 that is the digest of
   * the signed payload, as registries compute it), and when fetched by digest the bytes match it.
   * Build the result with {@code RawManifest.received(bytes, contentType)}; a generic content type
   * may be resolved with {@code ManifestParser.resolve}. Fails with {@code NotFoundException} when
   * absent.
   */
  CompletionStage<RawManifest> get(RepositoryName repository, Reference reference);

  /** The descriptor (media type, digest, size) of a manifest, or empty when absent. */
  CompletionStage<Optional<Descriptor>> head(RepositoryName repository, Reference reference);

  /** Stores a manifest under an alias or its digest; completes with the manifest's digest. */
  CompletionStage<Digest> put(RepositoryName repository, Reference reference, RawManifest manifest);

  /** Deletes a manifest by digest (and so every alias that names it). */
  CompletionStage<Void> delete(RepositoryName repository, Digest digest);

  /** One page of the aliases of a repository. */
  CompletionStage<Page> listAliases(RepositoryName repository, PageRequest page);
}
