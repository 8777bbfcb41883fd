package dev.jdxf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A running {@code docker-registry} (CNCF distribution 2.8) on a free loopback port, with its own
 * temporary directory holding the configuration, the storage, the log and (in TLS modes) the test
 * PKI. Not tied to JUnit: {@link RegistryExtension} wraps it. Close it to kill the process and
 * delete the directory; processes still alive when the JVM exits are killed by a shutdown hook.
 */
public final class RegistryServer implements AutoCloseable {
  private static final int START_ATTEMPTS = 3;

  private final RegistryConfig config;
  private final Path binary;
  private final Path workDir;
  private final Path storageDir;
  private final Path configPath;
  private final RegistryLog log;
  private final @Nullable TestPki pki;
  private final RegistryYaml.Files files;
  private final @Nullable Path caPem;
  private final @Nullable TokenService tokenService;
  private final String secret;
  private int port;
  private @Nullable Process process;

  private RegistryServer(RegistryConfig config) throws IOException {
    this.config = config;
    Path configured = config.binary();
    this.binary =
        configured == null
            ? Tools.dockerRegistry()
            : Tools.requireExecutable(configured, MissingToolException.DOCKER_REGISTRY);
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    this.secret = HexFormat.of().formatHex(random);
    this.workDir = Files.createTempDirectory("jdxf-registry-");
    this.storageDir = Files.createDirectories(workDir.resolve("storage"));
    this.configPath = workDir.resolve("config.yml");
    this.log = new RegistryLog(workDir.resolve("registry.log"));
    this.port = freePort();
    RegistryMode mode = config.mode();
    if (mode.tls()) {
      TestPki p = TestPki.shared();
      this.pki = p;
      this.caPem = TestPki.writePem(workDir.resolve("ca.pem"), p.caCertificate());
      Path cert =
          TestPki.writePem(workDir.resolve("server.pem"), p.serverCertificate(), p.caCertificate());
      Path key = TestPki.writePem(workDir.resolve("server.key"), p.serverKey());
      Path htpasswd = null;
      Path bundle = null;
      TokenService tokens = null;
      if (mode == RegistryMode.BASIC_TLS) {
        StringBuilder lines =
            new StringBuilder(Htpasswd.line(RegistryConfig.USERNAME, RegistryConfig.PASSWORD));
        for (RegistryConfig.ExtraUser u : config.extraUsers()) {
          lines.append('\n').append(Htpasswd.line(u.username(), u.password()));
        }
        htpasswd = Files.writeString(workDir.resolve("htpasswd"), lines.append('\n'));
      } else {
        bundle = TestPki.writePem(workDir.resolve("token-signer.pem"), p.signerCertificate());
        tokens = TokenService.start(p, config.keyReference());
        tokens.addUser(RegistryConfig.USERNAME, RegistryConfig.PASSWORD, Grant.everything());
        for (RegistryConfig.ExtraUser u : config.extraUsers()) {
          tokens.addUser(u.username(), u.password(), u.grant());
        }
      }
      this.tokenService = tokens;
      this.files = new RegistryYaml.Files(storageDir, cert, key, htpasswd, bundle);
    } else {
      this.pki = null;
      this.caPem = null;
      this.tokenService = null;
      this.files = new RegistryYaml.Files(storageDir, null, null, null, null);
    }
  }

  /**
   * Creates the directory, the PKI and the token service the mode needs, and starts the registry.
   *
   * @throws MissingToolException when the registry binary is missing
   * @throws IllegalStateException when the registry does not answer in time (the message has its
   *     log)
   */
  public static RegistryServer start(RegistryConfig config) {
    RegistryServer server;
    try {
      server = new RegistryServer(config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the registry directory", e);
    }
    try {
      server.start();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /**
   * Starts the (stopped) registry again on the same storage, on the same port when it is still
   * free, and waits until {@code /v2/} answers.
   */
  public synchronized void start() {
    if (isRunning()) {
      throw new IllegalStateException("the registry is already running on " + host());
    }
    for (int attempt = 1; ; attempt++) {
      long logOffset = log.size();
      Process started = launch();
      if (awaitReady(started, logOffset, attempt < START_ATTEMPTS)) {
        return;
      }
      port = freePort();
    }
  }

  /** Stops the registry process (SIGTERM, then SIGKILL after 10 s); the storage stays. */
  public synchronized void stop() {
    Process p = process;
    process = null;
    if (p != null) {
      Processes.kill(p);
    }
  }

  /** Whether the registry process is running. */
  public synchronized boolean isRunning() {
    Process p = process;
    return p != null && p.isAlive();
  }

  /**
   * Runs {@code docker-registry garbage-collect CONFIG} on the stopped registry's storage.
   *
   * @return what it printed (also appended to the log)
   */
  public String garbageCollect() {
    return garbageCollect(false);
  }

  /** As {@link #garbageCollect()}, with {@code --delete-untagged} when asked. */
  public synchronized String garbageCollect(boolean deleteUntagged) {
    if (isRunning()) {
      throw new IllegalStateException("stop() the registry before garbage-collect");
    }
    List<String> command = new ArrayList<>(List.of(binary.toString(), "garbage-collect"));
    if (deleteUntagged) {
      command.add("--delete-untagged");
    }
    command.add(configPath.toString());
    log.mark(String.join(" ", command));
    long offset = log.size();
    int status = Processes.run(command, config.environment(), log.path(), Duration.ofMinutes(2));
    String output = log.since(offset);
    if (status != 0) {
      throw new IllegalStateException(
          "docker-registry garbage-collect exited with " + status + ":\n" + output);
    }
    return output;
  }

  /** Stops, garbage-collects and starts the registry again. */
  public synchronized String restartWithGarbageCollection() {
    stop();
    String output = garbageCollect();
    start();
    return output;
  }

  private Process launch() {
    try {
      Files.writeString(
          configPath,
          RegistryYaml.render(
              config, port, secret, files, tokenService == null ? null : tokenService.realm()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = List.of(binary.toString(), "serve", configPath.toString());
    log.mark("starting " + String.join(" ", command) + " on " + host());
    Process p = Processes.start(command, config.environment(), log.path());
    process = p;
    return p;
  }

  /** True when ready; false when the port was taken and another one may be tried. */
  private boolean awaitReady(Process p, long logOffset, boolean mayRetry) {
    long deadline = System.nanoTime() + config.startupTimeout().toNanos();
    HttpClient client =
        clientBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    HttpRequest probe =
        HttpRequest.newBuilder(uri("/v2/")).timeout(Duration.ofSeconds(2)).GET().build();
    while (true) {
      if (!p.isAlive()) {
        process = null;
        String output = log.since(logOffset);
        if (mayRetry && output.contains("address already in use")) {
          return false;
        }
        throw new IllegalStateException(
            "docker-registry exited with status "
                + p.exitValue()
                + " before answering /v2/ on "
                + host()
                + "; its log:\n"
                + output);
      }
      try {
        HttpResponse<Void> answer = client.send(probe, HttpResponse.BodyHandlers.discarding());
        // Another process may own the port (a race between choosing and binding it): only the
        // registry names its API version, and only a live process of ours counts.
        if (answer.headers().firstValue("Docker-Distribution-Api-Version").isPresent()
            && p.isAlive()) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        throw new IllegalStateException("interrupted while waiting for the registry", e);
      }
      if (System.nanoTime() > deadline) {
        stop();
        throw new IllegalStateException(
            "docker-registry did not answer /v2/ on "
                + host()
                + " within "
                + config.startupTimeout().toSeconds()
                + " s; its log:\n"
                + log.since(logOffset));
      }
      Processes.sleep(Duration.ofMillis(50));
    }
  }

  /** {@code 127.0.0.1:PORT}. */
  public String host() {
    return "127.0.0.1:" + port;
  }

  /** The port it listens on (may change on restart when the old one was taken meanwhile). */
  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:PORT} or {@code https://127.0.0.1:PORT}, without a trailing slash. */
  public URI baseUri() {
    return URI.create((isTls() ? "https://" : "http://") + host());
  }

  /** The base URI with {@code path} (e.g. {@code /v2/}) appended. */
  public URI uri(String path) {
    return URI.create(baseUri() + path);
  }

  public boolean isTls() {
    return config.mode().tls();
  }

  public RegistryMode mode() {
    return config.mode();
  }

  public RegistryConfig config() {
    return config;
  }

  /** The test PKI (TLS modes only). */
  public TestPki pki() {
    if (pki == null) {
      throw new IllegalStateException("a " + mode() + " registry has no PKI");
    }
    return pki;
  }

  /** A PEM file holding the test CA certificate (TLS modes only). */
  public Path caPemPath() {
    if (caPem == null) {
      throw new IllegalStateException("a " + mode() + " registry has no CA");
    }
    return caPem;
  }

  /** The test CA certificate (TLS modes only). */
  public X509Certificate caCertificate() {
    return pki().caCertificate();
  }

  /** An SSL context trusting only the test CA (TLS modes only). */
  public SSLContext sslContext() {
    return pki().clientSslContext();
  }

  /** A new {@link HttpClient} that trusts the test CA in TLS modes; redirects are not followed. */
  public HttpClient newHttpClient() {
    return clientBuilder().build();
  }

  /** A builder for an {@link HttpClient} that trusts the test CA in TLS modes. */
  public HttpClient.Builder clientBuilder() {
    HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
    return isTls() ? b.sslContext(sslContext()) : b;
  }

  /** The token service (token mode only). */
  public TokenService tokenService() {
    if (tokenService == null) {
      throw new IllegalStateException("a " + mode() + " registry has no token service");
    }
    return tokenService;
  }

  public Path configPath() {
    return configPath;
  }

  public Path storageDir() {
    return storageDir;
  }

  /** The temporary directory holding configuration, storage, log and PEM files. */
  public Path workDir() {
    return workDir;
  }

  /** The registry's combined stdout/stderr, across restarts and garbage collections. */
  public Path logPath() {
    return log.path();
  }

  /** The whole log. */
  public String log() {
    return log.all();
  }

  /** The last {@code maxLines} lines of the log. */
  public String logTail(int maxLines) {
    return log.tail(maxLines);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  /**
   * Kills the registry, stops the token service and deletes the directory (kept when the system
   * property {@code jdxf.registry.keep} is {@code true}).
   */
  @Override
  public synchronized void close() {
    stop();
    if (tokenService != null) {
      tokenService.close();
    }
    if (!Boolean.getBoolean("jdxf.registry.keep")) {
      Processes.deleteRecursively(workDir);
    }
  }

  @Override
  public String toString() {
    return "docker-registry " + mode() + " at " + baseUri() + " (" + workDir + ")";
  }
}
