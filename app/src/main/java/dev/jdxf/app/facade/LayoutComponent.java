package dev.jdxf.app.facade;

import dagger.BindsInstance;
import dagger.Component;
import io.vertx.core.Vertx;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** Builds one {@link JdxfRegistry} over a local directory of OCI image layouts. */
@Singleton
@Component(modules = {LayoutBackendModule.class, UseCasesModule.class})
interface LayoutComponent {
  JdxfRegistry registry();

  @Component.Factory
  interface Factory {
    LayoutComponent create(
        @BindsInstance Vertx vertx, @BindsInstance @Named(LayoutBackendModule.ROOT) Path root);
  }
}
