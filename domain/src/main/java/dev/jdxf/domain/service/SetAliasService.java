package dev.jdxf.domain.service;

import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.SetAliasUseCase;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.LocalFiles;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * dxf set-alias: sizes of blobs named by digest come from the store (absent: not found), local
 * files are hashed; the dxf manifest is stored under the alias (signed schema 1 when the store
 * answers 400 to schema 2). Completes with the manifest written.
 */
public final class SetAliasService implements SetAliasUseCase {
  private final Backend backend;
  private final LocalFiles files;
  private final AliasWriter aliases;

  public SetAliasService(Backend backend, LocalFiles files) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.files = Objects.requireNonNull(files, "files");
    this.aliases = new AliasWriter(backend.manifests());
  }

  @Override
  public CompletionStage<RawManifest> setAlias(Command command) {
    return Stages.call(
        () ->
            Stages.sequence(command.blobs(), ref -> resolve(command.repository(), ref))
                .thenCompose(infos -> aliases.write(command.repository(), command.alias(), infos)));
  }

  private CompletionStage<BlobInfo> resolve(RepositoryName repository, BlobRef ref) {
    if (ref instanceof BlobRef.LocalFile f) {
      return files.hash(f.path(), DigestAlgorithm.SHA256);
    }
    return BlobSizes.require(backend.blobs(), repository, ((BlobRef.ByDigest) ref).digest());
  }
}
