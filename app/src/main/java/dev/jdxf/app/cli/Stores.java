package dev.jdxf.app.cli;

import dev.jdxf.cli.ConnectionOptions;
import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.fs.OciLayoutAdapters;
import io.vertx.core.Vertx;

/** Turns the CLI's connection options into the adapters of the store {@code DXF_HOST} names. */
final class Stores {
  private Stores() {}

  static Backend backend(Vertx vertx, ConnectionOptions options) {
    ConnectionOptions.Store store = options.store();
    Backend backend;
    if (store instanceof ConnectionOptions.Store.OciLayout) {
      backend =
          OciLayoutAdapters.create(vertx, ((ConnectionOptions.Store.OciLayout) store).directory());
    } else {
      throw new BadArgumentException("registry support is not in this build yet");
    }
    options.token().ifPresent(backend.tokens()::useToken);
    return backend;
  }
}
