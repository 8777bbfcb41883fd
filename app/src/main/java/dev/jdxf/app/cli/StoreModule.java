package dev.jdxf.app.cli;

import dagger.Module;
import dagger.Provides;
import dev.jdxf.cli.ConnectionOptions;
import dev.jdxf.cli.Environment;
import dev.jdxf.domain.port.in.AuthenticateUseCase;
import dev.jdxf.domain.port.in.BlobSizeUseCase;
import dev.jdxf.domain.port.in.CopyUseCase;
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
import dev.jdxf.domain.service.CopyService;
import dev.jdxf.domain.service.UseCases;
import dev.jdxf.fs.OciLayoutAdapters;
import jakarta.inject.Singleton;

/**
 * The use cases over the store {@code DXF_HOST} names. Everything here is built on first use only:
 * the commands hold {@code Lazy} use cases.
 */
@Module
final class StoreModule {
  private StoreModule() {}

  @Provides
  @Singleton
  static ConnectionOptions connectionOptions(Environment env) {
    return ConnectionOptions.from(env);
  }

  @Provides
  @Singleton
  static CliStores stores(VertxRuntime runtime, ConnectionOptions options) {
    return new CliStores(runtime.vertx(options.namesRegistry()), options);
  }

  @Provides
  @Singleton
  static UseCases useCases(VertxRuntime runtime, CliStores stores) {
    return UseCases.over(stores.hostStore(), OciLayoutAdapters.localFiles(runtime.vertx()));
  }

  /** {@code copy} names its stores in its arguments, with the environment's settings. */
  @Provides
  static CopyUseCase copy(CliStores stores) {
    return new CopyService(stores);
  }

  /** {@code auth} never uses {@code DXF_TOKEN}: it is how a token is obtained. */
  @Provides
  static AuthenticateUseCase authenticate(VertxRuntime runtime, ConnectionOptions options) {
    return UseCases.over(
            new CliStores(runtime.vertx(options.namesRegistry()), options.withoutToken())
                .hostStore(),
            OciLayoutAdapters.localFiles(runtime.vertx()))
        .authenticate();
  }

  @Provides
  static PushBlobUseCase pushBlob(UseCases u) {
    return u.pushBlob();
  }

  @Provides
  static PullBlobUseCase pullBlob(UseCases u) {
    return u.pullBlob();
  }

  @Provides
  static BlobSizeUseCase blobSize(UseCases u) {
    return u.blobSize();
  }

  @Provides
  static MountBlobUseCase mountBlob(UseCases u) {
    return u.mountBlob();
  }

  @Provides
  static DeleteBlobUseCase deleteBlob(UseCases u) {
    return u.deleteBlob();
  }

  @Provides
  static SetAliasUseCase setAlias(UseCases u) {
    return u.setAlias();
  }

  @Provides
  static GetAliasUseCase getAlias(UseCases u) {
    return u.getAlias();
  }

  @Provides
  static GetDigestUseCase getDigest(UseCases u) {
    return u.getDigest();
  }

  @Provides
  static GetManifestUseCase getManifest(UseCases u) {
    return u.getManifest();
  }

  @Provides
  static DeleteAliasUseCase deleteAlias(UseCases u) {
    return u.deleteAlias();
  }

  @Provides
  static ListAliasesUseCase listAliases(UseCases u) {
    return u.listAliases();
  }

  @Provides
  static ListRepositoriesUseCase listRepositories(UseCases u) {
    return u.listRepositories();
  }
}
