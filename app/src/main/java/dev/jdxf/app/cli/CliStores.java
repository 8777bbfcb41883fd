package dev.jdxf.app.cli;

import dev.jdxf.cli.ConnectionOptions;
import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.model.StoreAddress;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.Stores;
import dev.jdxf.fs.OciLayoutAdapters;
import dev.jdxf.http.RegistryAdapters;
import dev.jdxf.http.RegistrySettings;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens the adapters of a store for the CLI: a registry with the connection settings of the
 * environment ({@code DXF_USERNAME}, {@code DXF_INSECURE}, ...), or a local OCI layout store. One
 * backend per address, so every use of one registry shares its connections and tokens.
 */
final class CliStores implements Stores {
  private final Vertx vertx;
  private final ConnectionOptions options;
  private final Map<StoreAddress, Backend> open = new ConcurrentHashMap<>();

  CliStores(Vertx vertx, ConnectionOptions options) {
    this.vertx = vertx;
    this.options = options;
  }

  /** The store {@code DXF_HOST} names. */
  Backend hostStore() {
    return open(options.store());
  }

  @Override
  public Backend open(StoreAddress address) {
    return open.computeIfAbsent(address, this::create);
  }

  private Backend create(StoreAddress address) {
    if (address instanceof StoreAddress.Layout layout) {
      Backend backend = OciLayoutAdapters.create(vertx, layout.root());
      options.token().ifPresent(backend.tokens()::useToken);
      return backend;
    }
    return RegistryAdapters.create(vertx, registrySettings(address.toString(), options)).backend();
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
