package dev.jdxf.app.cli;

import dev.jdxf.cli.ConnectionOptions;
import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.fs.OciLayoutAdapters;
import dev.jdxf.http.RegistryAdapters;
import dev.jdxf.http.RegistrySettings;
import io.vertx.core.Vertx;

/** Turns the CLI's connection options into the adapters of the store {@code DXF_HOST} names. */
final class Stores {
  private Stores() {}

  /** The store's ports on {@code vertx}; closing {@code vertx} closes what they opened. */
  static Backend backend(Vertx vertx, ConnectionOptions options) {
    ConnectionOptions.Store store = options.store();
    Backend backend;
    if (store instanceof ConnectionOptions.Store.OciLayout) {
      backend =
          OciLayoutAdapters.create(vertx, ((ConnectionOptions.Store.OciLayout) store).directory());
      options.token().ifPresent(backend.tokens()::useToken);
    } else {
      String host = ((ConnectionOptions.Store.Registry) store).host();
      backend = RegistryAdapters.create(vertx, registrySettings(host, options)).backend();
    }
    return backend;
  }

  static RegistrySettings registrySettings(String host, ConnectionOptions options) {
    RegistrySettings.Builder b;
    try {
      b = RegistrySettings.builder(host);
      b.build();
    } catch (IllegalArgumentException e) {
      throw new BadArgumentException("DXF_HOST: " + e.getMessage(), e);
    }
    b.insecure(options.insecure()).tlsVerify(!options.skipTlsVerify());
    options.username().ifPresent(u -> b.credentials(u, options.password().orElse("")));
    options.authorization().ifPresent(b::authorization);
    options.authHost().ifPresent(b::authHost);
    options.token().ifPresent(b::token);
    options.trustedCertificates().ifPresent(b::caBundle);
    return b.build();
  }
}
