package dev.jdxf.app.facade;

import dagger.BindsInstance;
import dagger.Component;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;

/** Builds one {@link JdxfRegistry} over a remote registry, on the caller's {@code Vertx}. */
@Singleton
@Component(modules = {RegistryBackendModule.class, UseCasesModule.class})
interface RegistryComponent {
  JdxfRegistry registry();

  @Component.Factory
  interface Factory {
    RegistryComponent create(@BindsInstance Vertx vertx, @BindsInstance JdxfOptions options);
  }
}
