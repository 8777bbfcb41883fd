package dev.jdxf.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension running a real {@code docker-registry} for the tests of a class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RegistryExtension registry = RegistryExtension.tokenTls();
 * }</pre>
 *
 * <p>On a static field the registry starts once before all tests of the class and is killed after
 * them; on an instance field it starts before and stops after each test. When a test fails, the
 * tail of the registry's log is printed to stderr (so it lands in the surefire report). When the
 * binary is missing, the class fails with {@link MissingToolException#DOCKER_REGISTRY}.
 */
public final class RegistryExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterTestExecutionCallback {
  /** How many log lines a failing test prints. */
  private static final int LOG_LINES_ON_FAILURE = 200;

  private final RegistryConfig config;
  private @Nullable RegistryServer server;
  private boolean perTest;

  private RegistryExtension(RegistryConfig config) {
    this.config = config;
  }

  /** Plain HTTP, no authentication. */
  public static RegistryExtension plain() {
    return of(RegistryConfig.builder(RegistryMode.PLAIN).build());
  }

  /** HTTPS (test CA) with htpasswd Basic authentication for {@link #username()}. */
  public static RegistryExtension basicTls() {
    return of(RegistryConfig.builder(RegistryMode.BASIC_TLS).build());
  }

  /** HTTPS (test CA) with token authentication; tokens name their key with {@code kid}. */
  public static RegistryExtension tokenTls() {
    return of(RegistryConfig.builder(RegistryMode.TOKEN_TLS).build());
  }

  /**
   * A mode with options, e.g. {@code RegistryExtension.of(RegistryMode.PLAIN, b ->
   * b.smallCatalogPages())}.
   */
  public static RegistryExtension of(
      RegistryMode mode, UnaryOperator<RegistryConfig.Builder> options) {
    return of(options.apply(RegistryConfig.builder(mode)).build());
  }

  /** A registry with this configuration. */
  public static RegistryExtension of(RegistryConfig config) {
    return new RegistryExtension(config);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (server == null) {
      server = RegistryServer.start(config);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    shutdown();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      perTest = true;
      server = RegistryServer.start(config);
    }
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    RegistryServer s = server;
    if (s != null && context.getExecutionException().isPresent()) {
      System.err.println(
          "===== "
              + s
              + " failed test "
              + context.getDisplayName()
              + ": last "
              + LOG_LINES_ON_FAILURE
              + " log lines =====\n"
              + s.logTail(LOG_LINES_ON_FAILURE)
              + "\n===== end of registry log =====");
      System.err.flush();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      shutdown();
    }
  }

  private void shutdown() {
    RegistryServer s = server;
    server = null;
    perTest = false;
    if (s != null) {
      s.close();
    }
  }

  /** The running server; fails when the extension has not started it. */
  public RegistryServer server() {
    RegistryServer s = server;
    if (s == null) {
      throw new IllegalStateException(
          "the registry is not running: register the extension with @RegisterExtension");
    }
    return s;
  }

  public RegistryConfig config() {
    return config;
  }

  /** {@code 127.0.0.1:PORT}. */
  public String host() {
    return server().host();
  }

  /** {@code http(s)://127.0.0.1:PORT}, no trailing slash. */
  public URI baseUri() {
    return server().baseUri();
  }

  /** The base URI with {@code path} (e.g. {@code /v2/}) appended. */
  public URI uri(String path) {
    return server().uri(path);
  }

  public boolean isTls() {
    return config.mode().tls();
  }

  public RegistryMode mode() {
    return config.mode();
  }

  /** A PEM file of the test CA (TLS modes). */
  public Path caPemPath() {
    return server().caPemPath();
  }

  /** The test CA certificate (TLS modes). */
  public X509Certificate caCertificate() {
    return server().caCertificate();
  }

  /** An SSL context trusting only the test CA (TLS modes). */
  public SSLContext sslContext() {
    return server().sslContext();
  }

  /** A new {@link HttpClient} trusting the test CA in TLS modes. */
  public HttpClient newHttpClient() {
    return server().newHttpClient();
  }

  /** The user that authenticated modes know, with every right: {@code jdxf}. */
  public String username() {
    return RegistryConfig.USERNAME;
  }

  /** The password of {@link #username()}. */
  public String password() {
    return RegistryConfig.PASSWORD;
  }

  /** {@code Basic base64(username:password)}, an {@code Authorization} header value. */
  public String basicAuthorization() {
    return basicAuthorization(username(), password());
  }

  /** {@code Basic base64(user:pass)}. */
  public static String basicAuthorization(String user, String pass) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
  }

  /** The token service (token mode). */
  public TokenService tokenService() {
    return server().tokenService();
  }

  public Path configPath() {
    return server().configPath();
  }

  public Path storageDir() {
    return server().storageDir();
  }

  /**
   * Where the registry keeps the bytes of the sha256 blob with this hex digest (to corrupt them
   * behind its back in tests).
   */
  public Path blobDataFile(String sha256Hex) {
    return storageDir()
        .resolve("docker/registry/v2/blobs/sha256")
        .resolve(sha256Hex.substring(0, 2))
        .resolve(sha256Hex)
        .resolve("data");
  }

  public Path logPath() {
    return server().logPath();
  }

  /** The whole registry log so far. */
  public String log() {
    return server().log();
  }

  /** Stops the registry; the storage stays. */
  public void stop() {
    server().stop();
  }

  /** Starts the stopped registry on the same storage (same port when free). */
  public void start() {
    server().start();
  }

  /** Whether the registry process is running. */
  public boolean isRunning() {
    return server().isRunning();
  }

  /** Runs {@code docker-registry garbage-collect} while stopped; returns its output. */
  public String garbageCollect() {
    return server().garbageCollect();
  }

  /** Stops, garbage-collects and starts again; returns the garbage collector's output. */
  public String restartWithGarbageCollection() {
    return server().restartWithGarbageCollection();
  }
}
