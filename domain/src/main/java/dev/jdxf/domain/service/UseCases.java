package dev.jdxf.domain.service;

import dev.jdxf.domain.port.in.AuthenticateUseCase;
import dev.jdxf.domain.port.in.BlobSizeUseCase;
import dev.jdxf.domain.port.in.CheckApiUseCase;
import dev.jdxf.domain.port.in.DeleteAliasUseCase;
import dev.jdxf.domain.port.in.DeleteBlobUseCase;
import dev.jdxf.domain.port.in.GetAliasUseCase;
import dev.jdxf.domain.port.in.GetDigestUseCase;
import dev.jdxf.domain.port.in.GetManifestUseCase;
import dev.jdxf.domain.port.in.ListAliasesUseCase;
import dev.jdxf.domain.port.in.ListRepositoriesUseCase;
import dev.jdxf.domain.port.in.MountBlobUseCase;
import dev.jdxf.domain.port.in.PullBlobUseCase;
import dev.jdxf.domain.port.in.PushBlobUseCase;
import dev.jdxf.domain.port.in.SetAliasUseCase;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.LocalFiles;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/** Every use case of jdxf over one backend, for the application to wire and hand out. */
public record UseCases(
    PushBlobUseCase pushBlob,
    PullBlobUseCase pullBlob,
    BlobSizeUseCase blobSize,
    MountBlobUseCase mountBlob,
    DeleteBlobUseCase deleteBlob,
    SetAliasUseCase setAlias,
    GetAliasUseCase getAlias,
    GetDigestUseCase getDigest,
    GetManifestUseCase getManifest,
    DeleteAliasUseCase deleteAlias,
    ListAliasesUseCase listAliases,
    ListRepositoriesUseCase listRepositories,
    AuthenticateUseCase authenticate,
    CheckApiUseCase checkApi) {

  public UseCases {
    Objects.requireNonNull(pushBlob, "pushBlob");
    Objects.requireNonNull(pullBlob, "pullBlob");
    Objects.requireNonNull(blobSize, "blobSize");
    Objects.requireNonNull(mountBlob, "mountBlob");
    Objects.requireNonNull(deleteBlob, "deleteBlob");
    Objects.requireNonNull(setAlias, "setAlias");
    Objects.requireNonNull(getAlias, "getAlias");
    Objects.requireNonNull(getDigest, "getDigest");
    Objects.requireNonNull(getManifest, "getManifest");
    Objects.requireNonNull(deleteAlias, "deleteAlias");
    Objects.requireNonNull(listAliases, "listAliases");
    Objects.requireNonNull(listRepositories, "listRepositories");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(checkApi, "checkApi");
  }

  /**
   * The domain's services over {@code backend}, reading local files with {@code files}; pulled
   * blobs are hashed on the JDK's common pool.
   */
  public static UseCases over(Backend backend, LocalFiles files) {
    return over(backend, files, ForkJoinPool.commonPool());
  }

  /**
   * The domain's services over {@code backend}, reading local files with {@code files} and hashing
   * pulled blobs on {@code hashing} (see {@link PullBlobService}).
   */
  public static UseCases over(Backend backend, LocalFiles files, Executor hashing) {
    AliasReadService reads = new AliasReadService(backend);
    ListingService listing = new ListingService(backend);
    StoreService store = new StoreService(backend);
    return new UseCases(
        new PushBlobService(backend, files),
        new PullBlobService(backend, hashing),
        new BlobSizeService(backend),
        new MountBlobService(backend),
        new DeleteBlobService(backend),
        new SetAliasService(backend, files),
        reads,
        reads,
        reads,
        new DeleteAliasService(backend),
        listing,
        listing,
        store,
        store);
  }
}
