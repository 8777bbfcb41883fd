package dev.jdxf.app.facade;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 * @param host the registry host with an optional port, no scheme ({@code DXF_HOST})
 * @param insecure plain {@code http} ({@code DXF_INSECURE=1}); authentication is then refused
 * @param username user sent as HTTP Basic to the registry or its token realm ({@code DXF_USERNAME})
 * @param password password of {@link #username} ({@code DXF_PASSWORD})
 * @param authorization a ready {@code Authorization} header value used instead of user/password
 *     ({@code DXF_AUTHORIZATION})
 * @param authHost replaces the host of the token realm the registry names ({@code DXF_AUTH_HOST})
 * @param token a bearer token used as-is ({@code DXF_TOKEN})
 * @param tlsVerify verify the server's certificate ({@code false}: {@code DXF_SKIPTLSVERIFY=1})
 * @param caBundle a PEM file of the CAs to trust instead of the JDK's ({@code DXF_TLSVERIFY})
 * @param timeout how long to wait for a connection and, then, for each piece of an answer
 */
public record JdxfOptions(
    String host,
    boolean insecure,
    Optional<String> username,
    Optional<String> password,
    Optional<String> authorization,
    Optional<String> authHost,
    Optional<String> token,
    boolean tlsVerify,
    Optional<Path> caBundle,
    Optional<Duration> timeout) {

  public JdxfOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(authorization, "authorization");
    Objects.requireNonNull(authHost, "authHost");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(caBundle, "caBundle");
    Objects.requireNonNull(timeout, "timeout");
    if (username.isPresent() != password.isPresent()) {
      throw new IllegalArgumentException("a user name needs a password and a password a user name");
    }
    if (host.isBlank() || host.toLowerCase(Locale.ROOT).contains("://")) {
      throw new IllegalArgumentException(
          "invalid registry host '" + host + "': expected host[:port], e.g. localhost:5000");
    }
    timeout.ifPresent(
        t -> {
          if (t.isNegative() || t.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + t);
          }
        });
  }

  /** Options for {@code host} with every default: https, verified TLS, no credentials. */
  public static JdxfOptions of(String host) {
    return builder(host).build();
  }

  public static Builder builder(String host) {
    return new Builder(host);
  }

  /** Secrets are never printed. */
  @Override
  public String toString() {
    return "JdxfOptions[host="
        + host
        + ", insecure="
        + insecure
        + ", username="
        + username.orElse("")
        + ", password="
        + (password.isPresent() ? "***" : "")
        + ", authorization="
        + (authorization.isPresent() ? "***" : "")
        + ", authHost="
        + authHost.orElse("")
        + ", token="
        + (token.isPresent() ? "***" : "")
        + ", tlsVerify="
        + tlsVerify
        + ", caBundle="
        + caBundle.map(Path::toString).orElse("")
        + "]";
  }

  /** Builds {@link JdxfOptions}; every option but the host has a default. */
  public static final class Builder {
    private final String host;
    private boolean insecure;
    private Optional<String> username = Optional.empty();
    private Optional<String> password = Optional.empty();
    private Optional<String> authorization = Optional.empty();
    private Optional<String> authHost = Optional.empty();
    private Optional<String> token = Optional.empty();
    private boolean tlsVerify = true;
    private Optional<Path> caBundle = Optional.empty();
    private Optional<Duration> timeout = Optional.empty();

    private Builder(String host) {
      this.host = host;
    }

    public Builder insecure(boolean value) {
      insecure = value;
      return this;
    }

    public Builder credentials(String user, String pass) {
      username = Optional.of(user);
      password = Optional.of(pass);
      return this;
    }

    public Builder authorization(String headerValue) {
      authorization = Optional.of(headerValue);
      return this;
    }

    public Builder authHost(String hostAndPort) {
      authHost = Optional.of(hostAndPort);
      return this;
    }

    public Builder token(String bearerToken) {
      token = Optional.of(bearerToken);
      return this;
    }

    public Builder tlsVerify(boolean value) {
      tlsVerify = value;
      return this;
    }

    public Builder caBundle(Path pemFile) {
      caBundle = Optional.of(pemFile);
      return this;
    }

    public Builder timeout(Duration value) {
      timeout = Optional.of(value);
      return this;
    }

    public JdxfOptions build() {
      return new JdxfOptions(
          host,
          insecure,
          username,
          password,
          authorization,
          authHost,
          token,
          tlsVerify,
          caBundle,
          timeout);
    }
  }
}
