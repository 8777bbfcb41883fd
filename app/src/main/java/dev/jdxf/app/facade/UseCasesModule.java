package dev.jdxf.app.facade;

import dagger.Module;
import dagger.Provides;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.LocalFiles;
import dev.jdxf.domain.service.UseCases;
import dev.jdxf.fs.OciLayoutAdapters;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;

/** The domain's use cases over whichever backend the component binds, reading local files. */
@Module
final class UseCasesModule {
  private UseCasesModule() {}

  @Provides
  @Singleton
  static LocalFiles localFiles(Vertx vertx) {
    return OciLayoutAdapters.localFiles(vertx);
  }

  @Provides
  @Singleton
  static UseCases useCases(Backend backend, LocalFiles files) {
    return UseCases.over(backend, files);
  }
}
