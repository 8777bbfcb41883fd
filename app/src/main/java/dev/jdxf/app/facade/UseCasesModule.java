package dev.jdxf.app.facade;

import dagger.Module;
import dagger.Provides;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.LocalFiles;
import dev.jdxf.domain.service.UseCases;
import dev.jdxf.fs.OciLayoutAdapters;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import jakarta.inject.Singleton;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

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
  static UseCases useCases(Vertx vertx, Backend backend, LocalFiles files) {
    return UseCases.over(backend, files, hashing(vertx));
  }

  /**
   * Where pulled blobs are hashed while the event loop receives the next bytes: the caller's {@code
   * Vertx} worker pool (tasks go straight to its executor, without a context hop back).
   */
  static Executor hashing(Vertx vertx) {
    if (vertx instanceof VertxInternal internal) {
      return internal.workerPool().executor();
    }
    return ForkJoinPool.commonPool();
  }
}
