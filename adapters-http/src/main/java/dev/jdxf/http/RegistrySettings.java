package dev.jdxf.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach and authenticate with one registry: what dxf reads from its {@code DXF_*}
 * environment variables.
 *
 * @param host the registry host with an optional port ({@code localhost:5000}), no scheme
 * @param insecure plain {@code http} instead of {@code https}; authentication is then refused
 * @param username user name sent as HTTP Basic to the registry or its token realm
 * @param password password of {@link #username}
 * @param authorization a ready {@code Authorization} header value, used instead of user/password
 * @param authHost replaces the host (and port) of the token realm the registry names
 * @param token a bearer token used as-is for every request
 * @param tlsVerify verify the server certificate and host name ({@code false}: trust anything)
 * @param caBundle a PEM file of the CAs to trust instead of the JDK's
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long a request may stay without receiving data
 * @param uploadChunkSize bytes per {@code PATCH} when uploading a blob of unknown digest
 * @param maxRedirects how many redirects a blob download follows
 */
public record RegistrySettings(
    String host,
    boolean insecure,
    Optional<String> username,
    Optional<String> password,
    Optional<String> authorization,
    Optional<String> authHost,
    Optional<String> token,
    boolean tlsVerify,
    Optional<Path> caBundle,
    Duration connectTimeout,
    Duration readTimeout,
    int uploadChunkSize,
    int maxRedirects) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(300);
  public static final int DEFAULT_UPLOAD_CHUNK_SIZE = 32 * 1024 * 1024;
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  public RegistrySettings {
    Objects.requireNonNull(host, "host");
    String lower = host.toLowerCase(Locale.ROOT);
    if (host.isBlank()
        || lower.startsWith("http://")
        || lower.startsWith("https://")
        || host.contains("/")
        || host.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "invalid registry host '" + host + "': expected host[:port], e.g. localhost:5000");
    }
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(authorization, "authorization");
    Objects.requireNonNull(authHost, "authHost");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(caBundle, "caBundle");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connect timeout must be positive: " + connectTimeout);
    }
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("read timeout must be positive: " + readTimeout);
    }
    if (uploadChunkSize <= 0) {
      throw new IllegalArgumentException("upload chunk size must be positive: " + uploadChunkSize);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("max redirects must not be negative: " + maxRedirects);
    }
  }

  /** Settings for {@code host} with every default: https, verified TLS, no credentials. */
  public static RegistrySettings of(String host) {
    return builder(host).build();
  }

  public static Builder builder(String host) {
    return new Builder(host);
  }

  /** A builder holding these settings, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(host);
    b.insecure = insecure;
    b.username = username;
    b.password = password;
    b.authorization = authorization;
    b.authHost = authHost;
    b.token = token;
    b.tlsVerify = tlsVerify;
    b.caBundle = caBundle;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.uploadChunkSize = uploadChunkSize;
    b.maxRedirects = maxRedirects;
    return b;
  }

  /** Whether any credentials (user/password or a ready Authorization) were given. */
  public boolean hasCredentials() {
    return username.isPresent() || authorization.isPresent();
  }

  /** Secrets are never printed. */
  @Override
  public String toString() {
    return "RegistrySettings[host="
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
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", uploadChunkSize="
        + uploadChunkSize
        + ", maxRedirects="
        + maxRedirects
        + "]";
  }

  /** Builds {@link RegistrySettings}; every setting but the host has a default. */
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
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private int uploadChunkSize = DEFAULT_UPLOAD_CHUNK_SIZE;
    private int maxRedirects = DEFAULT_MAX_REDIRECTS;

    private Builder(String host) {
      this.host = host;
    }

    public Builder insecure(boolean value) {
      this.insecure = value;
      return this;
    }

    public Builder credentials(String user, String pass) {
      this.username = Optional.of(user);
      this.password = Optional.of(pass);
      return this;
    }

    public Builder authorization(String headerValue) {
      this.authorization = Optional.of(headerValue);
      return this;
    }

    public Builder authHost(String hostAndPort) {
      this.authHost = Optional.of(hostAndPort);
      return this;
    }

    public Builder token(String bearerToken) {
      this.token = Optional.of(bearerToken);
      return this;
    }

    public Builder tlsVerify(boolean value) {
      this.tlsVerify = value;
      return this;
    }

    public Builder caBundle(Path pemFile) {
      this.caBundle = Optional.of(pemFile);
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      this.readTimeout = value;
      return this;
    }

    public Builder uploadChunkSize(int bytes) {
      this.uploadChunkSize = bytes;
      return this;
    }

    public Builder maxRedirects(int value) {
      this.maxRedirects = value;
      return this;
    }

    public RegistrySettings build() {
      return new RegistrySettings(
          host,
          insecure,
          username,
          password,
          authorization,
          authHost,
          token,
          tlsVerify,
          caBundle,
          connectTimeout,
          readTimeout,
          uploadChunkSize,
          maxRedirects);
    }
  }
}
