package dev.jdxf.app.facade;

import dagger.Module;
import dagger.Provides;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.fs.OciLayoutAdapters;
import io.vertx.core.Vertx;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The OCI image-layout store as the backend; it creates nothing that needs closing. */
@Module
final class LayoutBackendModule {
  static final String ROOT = "layout-root";

  private LayoutBackendModule() {}

  @Provides
  @Singleton
  static Backend backend(Vertx vertx, @Named(ROOT) Path root) {
    return OciLayoutAdapters.create(vertx, root);
  }

  @Provides
  static OwnedResources owned() {
    return OwnedResources.NONE;
  }
}
