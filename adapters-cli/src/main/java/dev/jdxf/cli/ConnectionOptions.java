package dev.jdxf.cli;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.model.StoreAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the store, as the {@code DXF_*} environment says; the wiring turns it into adapter
 * settings.
 *
 * @param host {@code DXF_HOST}: a registry {@code host[:port]}, or {@code oci:PATH} for a local OCI
 *     image layout
 * @param insecure {@code DXF_INSECURE=1}: plain http
 * @param username {@code DXF_USERNAME}
 * @param password {@code DXF_PASSWORD}
 * @param authorization {@code DXF_AUTHORIZATION}: a ready {@code Authorization} header value
 * @param authHost {@code DXF_AUTH_HOST}: replaces the host of the token realm
 * @param token {@code DXF_TOKEN}: a bearer token to use directly (not by {@code auth})
 * @param trustedCertificates {@code DXF_TLSVERIFY}: a PEM bundle of trusted CAs
 * @param skipTlsVerify {@code DXF_SKIPTLSVERIFY=1}: do not verify the server certificate
 */
public record ConnectionOptions(
    Optional<String> host,
    boolean insecure,
    Optional<String> username,
    Optional<String> password,
    Optional<String> authorization,
    Optional<String> authHost,
    Optional<String> token,
    Optional<Path> trustedCertificates,
    boolean skipTlsVerify) {

  public ConnectionOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(authorization, "authorization");
    Objects.requireNonNull(authHost, "authHost");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(trustedCertificates, "trustedCertificates");
  }

  /** Reads the {@code DXF_*} connection variables; empty values count as unset. */
  public static ConnectionOptions from(Environment env) {
    return new ConnectionOptions(
        nonEmpty(env, "DXF_HOST"),
        env.isOne("DXF_INSECURE"),
        nonEmpty(env, "DXF_USERNAME"),
        nonEmpty(env, "DXF_PASSWORD"),
        nonEmpty(env, "DXF_AUTHORIZATION"),
        nonEmpty(env, "DXF_AUTH_HOST"),
        nonEmpty(env, "DXF_TOKEN"),
        nonEmpty(env, "DXF_TLSVERIFY").map(Path::of),
        env.isOne("DXF_SKIPTLSVERIFY"));
  }

  private static Optional<String> nonEmpty(Environment env, String name) {
    return env.get(name).filter(v -> !v.isEmpty());
  }

  /** The same options without {@code DXF_TOKEN} (what {@code auth} uses). */
  public ConnectionOptions withoutToken() {
    return new ConnectionOptions(
        host,
        insecure,
        username,
        password,
        authorization,
        authHost,
        Optional.empty(),
        trustedCertificates,
        skipTlsVerify);
  }

  /** Says which variables are set, never their secret values. */
  @Override
  public String toString() {
    return "ConnectionOptions[host="
        + host.orElse("(unset)")
        + ", insecure="
        + insecure
        + ", username="
        + username.orElse("(unset)")
        + ", password="
        + (password.isPresent() ? "***" : "(unset)")
        + ", authorization="
        + (authorization.isPresent() ? "***" : "(unset)")
        + ", authHost="
        + authHost.orElse("(unset)")
        + ", token="
        + (token.isPresent() ? "***" : "(unset)")
        + ", trustedCertificates="
        + trustedCertificates.map(Path::toString).orElse("(unset)")
        + ", skipTlsVerify="
        + skipTlsVerify
        + "]";
  }

  /**
   * Whether {@code DXF_HOST} is set to something other than a local store ({@code oci:PATH}): a
   * registry, if {@link #store()} accepts it.
   */
  public boolean namesRegistry() {
    return host.filter(h -> !h.startsWith(StoreAddress.LAYOUT_PREFIX)).isPresent();
  }

  /** Whether {@code DXF_HOST} names a registry and {@code DXF_INSECURE} is not {@code 1}. */
  public boolean reachesRegistryOverTls() {
    return namesRegistry() && !insecure;
  }

  /** Which store {@code DXF_HOST} names; fails with one line saying how to name one. */
  public StoreAddress store() {
    String h =
        host.orElseThrow(
            () ->
                new BadArgumentException(
                    "DXF_HOST is not set: name a registry (DXF_HOST=registry.example.com:5000)"
                        + " or a local store (DXF_HOST=oci:PATH)"));
    if (h.equals(StoreAddress.LAYOUT_PREFIX)) {
      throw new BadArgumentException(
          "DXF_HOST=oci: names no directory: use DXF_HOST=oci:PATH, e.g. oci:./store");
    }
    try {
      return StoreAddress.parse(h);
    } catch (IllegalArgumentException e) {
      throw new BadArgumentException("DXF_HOST: " + e.getMessage(), e);
    }
  }
}
