package dev.jdxf.app.facade;

import dagger.Module;
import dagger.Provides;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.http.RegistryAdapters;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;

/** The registry adapter as the backend; its HTTP client is what the facade owns and closes. */
@Module
final class RegistryBackendModule {
  private RegistryBackendModule() {}

  @Provides
  @Singleton
  static RegistryAdapters adapters(Vertx vertx, JdxfOptions options) {
    return RegistryAdapters.create(vertx, options.settings());
  }

  @Provides
  static Backend backend(RegistryAdapters adapters) {
    return adapters.backend();
  }

  @Provides
  static OwnedResources owned(RegistryAdapters adapters) {
    return () -> Future.fromCompletionStage(adapters.close());
  }
}
