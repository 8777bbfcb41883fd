package dev.jdxf.app.facade;

import dev.jdxf.http.RegistrySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the facade reaches one registry: dxf's {@code DXF_*} settings as an immutable value. Start
 * with {@link #builder(String)} and change what differs from the defaults (https, verified TLS, no
 * credentials):
 *
 * <pre>{@code
 * JdxfOptions options =
 *     JdxfOptions.builder("registry.example:5000").credentials("me", "secret").build();
 * }</pre>
 *
 * <p>The registry adapter's own settings carry the values and their validation; this class keeps
 * the adapter's type out of the facade's API.
 */
public final class JdxfOptions {
  private final RegistrySettings settings;

  private JdxfOptions(RegistrySettings settings) {
    this.settings = settings;
  }

  /** Options for {@code host} with every default: https, verified TLS, no credentials. */
  public static JdxfOptions of(String host) {
    return builder(host).build();
  }

  /** {@code host} is the registry host with an optional port, no scheme ({@code DXF_HOST}). */
  public static Builder builder(String host) {
    return new Builder(host);
  }

  public String host() {
    return settings.host();
  }

  /** What the registry adapter is created with. */
  RegistrySettings settings() {
    return settings;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JdxfOptions other && other.settings.equals(settings);
  }

  @Override
  public int hashCode() {
    return settings.hashCode();
  }

  /** Secrets are never printed. */
  @Override
  public String toString() {
    return "JdxfOptions" + settings.toString().substring("RegistrySettings".length());
  }

  /** Builds {@link JdxfOptions}; every option but the host has a default. */
  public static final class Builder {
    private final RegistrySettings.Builder settings;

    private Builder(String host) {
      this.settings = RegistrySettings.builder(Objects.requireNonNull(host, "host"));
    }

    /** Plain {@code http} ({@code DXF_INSECURE=1}); authentication is then refused. */
    public Builder insecure(boolean value) {
      settings.insecure(value);
      return this;
    }

    /** HTTP Basic credentials for the registry or its token realm ({@code DXF_USERNAME}...). */
    public Builder credentials(String user, String pass) {
      settings.credentials(user, pass);
      return this;
    }

    /** A ready {@code Authorization} header value ({@code DXF_AUTHORIZATION}). */
    public Builder authorization(String headerValue) {
      settings.authorization(headerValue);
      return this;
    }

    /** Replaces the host of the token realm the registry names ({@code DXF_AUTH_HOST}). */
    public Builder authHost(String hostAndPort) {
      settings.authHost(hostAndPort);
      return this;
    }

    /** A bearer token used as-is ({@code DXF_TOKEN}). */
    public Builder token(String bearerToken) {
      settings.token(bearerToken);
      return this;
    }

    /** {@code false}: do not verify the server's certificate ({@code DXF_SKIPTLSVERIFY=1}). */
    public Builder tlsVerify(boolean value) {
      settings.tlsVerify(value);
      return this;
    }

    /** A PEM file of the CAs to trust instead of the JDK's ({@code DXF_TLSVERIFY}). */
    public Builder caBundle(Path pemFile) {
      settings.caBundle(pemFile);
      return this;
    }

    /** How long to wait for a connection and, then, for each piece of an answer. */
    public Builder timeout(Duration value) {
      settings.connectTimeout(value).readTimeout(value);
      return this;
    }

    /** The options; fails with {@code IllegalArgumentException} when one is invalid. */
    public JdxfOptions build() {
      return new JdxfOptions(settings.build());
    }
  }
}
