package dev.jdxf.http;

import static dev.jdxf.http.Adapters.await;

import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.testing.RegistryExtension;
import io.vertx.core.Vertx;
import org.jspecify.annotations.Nullable;

/**
 * An adapter for whatever registry the extension runs now: nested test classes may see the registry
 * restarted on another port, and then get a new adapter.
 */
final class RegistryConnection {
  private final RegistryExtension registry;
  private final Vertx vertx = Vertx.vertx();
  private @Nullable RegistryAdapters adapters;
  private @Nullable String host;

  RegistryConnection(RegistryExtension registry) {
    this.registry = registry;
  }

  synchronized Backend backend() {
    RegistryAdapters current = adapters;
    if (current == null || !registry.host().equals(host)) {
      if (current != null) {
        await(current.close());
      }
      current = RegistryAdapters.create(vertx, Adapters.settings(registry).build());
      adapters = current;
      host = registry.host();
    }
    return current.backend();
  }

  synchronized void close() {
    RegistryAdapters current = adapters;
    if (current != null) {
      await(current.close());
    }
    await(vertx.close().toCompletionStage());
  }
}
