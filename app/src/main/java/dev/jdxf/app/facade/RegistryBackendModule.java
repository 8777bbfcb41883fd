package dev.jdxf.app.facade;

import dagger.Module;
import dagger.Provides;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.http.RegistryAdapters;
import dev.jdxf.http.RegistrySettings;
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
    return RegistryAdapters.create(vertx, settings(options));
  }

  @Provides
  static Backend backend(RegistryAdapters adapters) {
    return adapters.backend();
  }

  @Provides
  static OwnedResources owned(RegistryAdapters adapters) {
    return () -> Future.fromCompletionStage(adapters.close());
  }

  static RegistrySettings settings(JdxfOptions options) {
    RegistrySettings.Builder b =
        RegistrySettings.builder(options.host())
            .insecure(options.insecure())
            .tlsVerify(options.tlsVerify());
    options.username().ifPresent(user -> b.credentials(user, options.password().orElse("")));
    options.authorization().ifPresent(b::authorization);
    options.authHost().ifPresent(b::authHost);
    options.token().ifPresent(b::token);
    options.caBundle().ifPresent(b::caBundle);
    options
        .timeout()
        .ifPresent(
            t -> {
              b.connectTimeout(t);
              b.readTimeout(t);
            });
    return b.build();
  }
}
