package dev.jdxf.testing;

/** How the test registry is exposed. */
public enum RegistryMode {
  /** Plain HTTP, no authentication. */
  PLAIN(false),
  /**
   * HTTPS with the test CA, htpasswd (bcrypt) Basic authentication, realm {@code Registry Realm}.
   */
  BASIC_TLS(true),
  /** HTTPS with the test CA and token authentication against a {@link TokenService}. */
  TOKEN_TLS(true);

  private final boolean tls;

  RegistryMode(boolean tls) {
    this.tls = tls;
  }

  /** Whether the registry speaks HTTPS. */
  public boolean tls() {
    return tls;
  }
}
