package dev.jdxf.app.facade;

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
import jakarta.inject.Inject;

/** The domain's use cases over one store, as Dagger provides them to the facade. */
final class UseCases {
  final AuthenticateUseCase authenticate;
  final CheckApiUseCase checkApi;
  final ListRepositoriesUseCase listRepositories;
  final ListAliasesUseCase listAliases;
  final PushBlobUseCase pushBlob;
  final PullBlobUseCase pullBlob;
  final BlobSizeUseCase blobSize;
  final MountBlobUseCase mountBlob;
  final DeleteBlobUseCase deleteBlob;
  final SetAliasUseCase setAlias;
  final GetAliasUseCase getAlias;
  final GetDigestUseCase getDigest;
  final GetManifestUseCase getManifest;
  final DeleteAliasUseCase deleteAlias;

  @Inject
  @SuppressWarnings("TooManyParameters") // one per dxf operation, injected by Dagger
  UseCases(
      AuthenticateUseCase authenticate,
      CheckApiUseCase checkApi,
      ListRepositoriesUseCase listRepositories,
      ListAliasesUseCase listAliases,
      PushBlobUseCase pushBlob,
      PullBlobUseCase pullBlob,
      BlobSizeUseCase blobSize,
      MountBlobUseCase mountBlob,
      DeleteBlobUseCase deleteBlob,
      SetAliasUseCase setAlias,
      GetAliasUseCase getAlias,
      GetDigestUseCase getDigest,
      GetManifestUseCase getManifest,
      DeleteAliasUseCase deleteAlias) {
    this.authenticate = authenticate;
    this.checkApi = checkApi;
    this.listRepositories = listRepositories;
    this.listAliases = listAliases;
    this.pushBlob = pushBlob;
    this.pullBlob = pullBlob;
    this.blobSize = blobSize;
    this.mountBlob = mountBlob;
    this.deleteBlob = deleteBlob;
    this.setAlias = setAlias;
    this.getAlias = getAlias;
    this.getDigest = getDigest;
    this.getManifest = getManifest;
    this.deleteAlias = deleteAlias;
  }
}
