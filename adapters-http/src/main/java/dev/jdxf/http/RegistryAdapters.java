package dev.jdxf.http;

import dev.jdxf.domain.port.out.Backend;
import io.vertx.core.Vertx;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The registry adapter: the outbound ports of jdxf ({@link Backend}) over one Docker / OCI
 * registry. It creates its own HTTP client on the caller's {@link Vertx} and closes only that; the
 * ports share the client, the connections and the token cache. Thread-safe.
 *
 * <pre>{@code
 * RegistryAdapters registry = RegistryAdapters.create(vertx, RegistrySettings.of("localhost:5000"));
 * Backend backend = registry.backend();
 * ...
 * registry.close();
 * }</pre>
 */
public final class RegistryAdapters {
  private final Transport transport;
  private final Backend backend;

  private RegistryAdapters(Transport transport, Backend backend) {
    this.transport = transport;
    this.backend = backend;
  }

  /** Connects nothing yet: connections are opened by the first request. */
  public static RegistryAdapters create(Vertx vertx, RegistrySettings settings) {
    Objects.requireNonNull(vertx, "vertx");
    Objects.requireNonNull(settings, "settings");
    URI base = URI.create((settings.insecure() ? "http://" : "https://") + settings.host());
    if (base.getHost() == null) {
      throw new IllegalArgumentException(
          "invalid registry host '" + settings.host() + "': expected host[:port]");
    }
    Transport transport = Transport.create(vertx, settings);
    TokenCache tokens = new TokenCache(settings.token());
    Authenticator authenticator = new Authenticator(transport, settings, base, tokens);
    AuthenticatedRequester requester =
        new AuthenticatedRequester(
            transport, authenticator, base, settings.host(), settings.maxRedirects());
    RegistryContext context = new RegistryContext(vertx, requester, settings.uploadChunkSize());
    Backend backend =
        new Backend(
            new RegistryBlobStore(context),
            new RegistryManifestStore(context),
            new RegistryCatalog(context),
            new RegistryTokens(context, transport, authenticator, tokens, base));
    return new RegistryAdapters(transport, backend);
  }

  /** The ports over this registry. */
  public Backend backend() {
    return backend;
  }

  /** Closes the HTTP client this adapter created (not the {@link Vertx}). */
  public CompletionStage<Void> close() {
    return transport.close().toCompletionStage();
  }
}
