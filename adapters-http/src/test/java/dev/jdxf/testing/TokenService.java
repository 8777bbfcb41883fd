package dev.jdxf.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * A docker token service for tests: HTTPS on loopback (certificate from the {@link TestPki}),
 * answering {@code GET /auth?service=...&scope=...} with RS256 JWTs that the registry accepts.
 *
 * <p>Users are added with {@link #addUser}; a user gets what its {@link Grant} allows, anonymous
 * callers get what {@link #anonymousGrant} allows (by default only {@code registry:catalog:*}), a
 * wrong password or unknown user gets 401, and a missing or foreign {@code service} gets 400. Every
 * request is recorded ({@link #requests()}).
 */
public final class TokenService implements AutoCloseable {
  /** The service name, also the token's audience; the registry is configured with it. */
  public static final String SERVICE = "Docker registry";

  /** The token issuer; the registry is configured with it. */
  public static final String ISSUER = "Auth Service";

  /** How long a token lives by default, in seconds ({@code expires_in}). */
  public static final int EXPIRES_IN_SECONDS = 300;

  private volatile Duration lifetime = Duration.ofSeconds(EXPIRES_IN_SECONDS);
  private volatile long expiresIn = EXPIRES_IN_SECONDS;

  /** How the JOSE header names the signing key. */
  public enum KeyReference {
    /** {@code kid}: the libtrust key id of the signing public key. */
    KID,
    /** {@code x5c}: the signing certificate followed by the test CA. */
    X5C
  }

  private record User(String password, Grant grant) {}

  private final TestPki pki;
  private final HttpsServer server;
  private final ExecutorService executor;
  private final Map<String, User> users = new ConcurrentHashMap<>();
  private final List<TokenRequest> requests = new CopyOnWriteArrayList<>();
  private volatile KeyReference keyReference;
  private volatile Grant anonymousGrant = Grant.catalogOnly();

  private TokenService(TestPki pki, KeyReference keyReference) throws IOException {
    this.pki = pki;
    this.keyReference = keyReference;
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(pki.serverSslContext()));
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "jdxf-token-service");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a token service on a free loopback port. */
  public static TokenService start(TestPki pki, KeyReference keyReference) {
    try {
      return new TokenService(pki, keyReference);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the token service", e);
    }
  }

  /**
   * The realm URL for the registry's {@code auth.token.realm}: {@code https://127.0.0.1:P/auth}.
   */
  public URI realm() {
    return URI.create("https://127.0.0.1:" + port() + "/auth");
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Adds (or replaces) a user with its password and what it is granted. */
  public TokenService addUser(String username, String password, Grant grant) {
    users.put(username, new User(password, grant));
    return this;
  }

  /** Removes a user; its next token request gets 401. */
  public TokenService removeUser(String username) {
    users.remove(username);
    return this;
  }

  /** Sets what anonymous callers get (default {@link Grant#catalogOnly()}). */
  public TokenService anonymousGrant(Grant grant) {
    this.anonymousGrant = grant;
    return this;
  }

  /** Switches how the JOSE header names the signing key, for tokens issued from now on. */
  public TokenService keyReference(KeyReference reference) {
    this.keyReference = reference;
    return this;
  }

  /** How the JOSE header currently names the signing key. */
  public KeyReference keyReference() {
    return keyReference;
  }

  /** Every request received so far, oldest first. */
  public List<TokenRequest> requests() {
    return List.copyOf(requests);
  }

  /** The most recent request; fails when none was received. */
  public TokenRequest lastRequest() {
    if (requests.isEmpty()) {
      throw new IllegalStateException("the token service has received no request");
    }
    return requests.get(requests.size() - 1);
  }

  /** Forgets the recorded requests. */
  public void clearRequests() {
    requests.clear();
  }

  /** Signs a token for {@code subject} carrying exactly {@code access}, valid for five minutes. */
  public String issue(String subject, Collection<Scope> access) {
    return issue(subject, access, Duration.ofSeconds(EXPIRES_IN_SECONDS));
  }

  /**
   * From now on the realm's tokens carry {@code exp} = issue time + {@code lifetime} and the answer
   * says {@code expires_in}; the registry accepts a token until 60 s past its {@code exp} (its
   * leeway for clock skew), so a lifetime of -57 s makes tokens it accepts for about 3 s. {@link
   * #tokensLiveFiveMinutes()} goes back to the default.
   */
  public void tokensLive(Duration lifetime, long expiresInSeconds) {
    this.lifetime = lifetime;
    this.expiresIn = expiresInSeconds;
  }

  /** The default: the realm's tokens live five minutes and say so. */
  public void tokensLiveFiveMinutes() {
    tokensLive(Duration.ofSeconds(EXPIRES_IN_SECONDS), EXPIRES_IN_SECONDS);
  }

  /**
   * Signs a token for {@code subject} carrying exactly {@code access}; a negative lifetime makes an
   * already expired token.
   */
  public String issue(String subject, Collection<Scope> access, Duration lifetime) {
    Instant now = Instant.now();
    List<Map<String, Object>> accessClaim = new ArrayList<>();
    for (Scope scope : access) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", scope.type());
      entry.put("name", scope.name());
      entry.put("actions", scope.actions());
      accessClaim.add(entry);
    }
    Instant notBefore = now.minusSeconds(5);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(SERVICE)
            .subject(subject)
            .issueTime(Date.from(notBefore))
            .notBeforeTime(
                Date.from(lifetime.isNegative() ? now.plus(lifetime).minusSeconds(60) : notBefore))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .claim("access", accessClaim)
            .build();
    SignedJWT jwt = new SignedJWT(header(), claims);
    try {
      jwt.sign(new RSASSASigner(pki.signerKeys().getPrivate()));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the token", e);
    }
    return jwt.serialize();
  }

  private JWSHeader header() {
    JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT);
    if (keyReference == KeyReference.KID) {
      header.keyID(LibtrustKeyId.of(pki.signerPublicKey()));
    } else {
      header.x509CertChain(List.of(der(pki.signerCertificate()), der(pki.caCertificate())));
    }
    return header.build();
  }

  private static Base64 der(X509Certificate cert) {
    try {
      return Base64.encode(cert.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
      String service = first(query.get("service"));
      List<Scope> scopes = new ArrayList<>();
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      boolean sentCredentials =
          authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
      String username = null;
      String password = null;
      if (sentCredentials) {
        String decoded = decodeBasic(authorization.substring(6).trim());
        int colon = decoded.indexOf(':');
        username = colon < 0 ? decoded : decoded.substring(0, colon);
        password = colon < 0 ? "" : decoded.substring(colon + 1);
      }
      try {
        for (String s : query.getOrDefault("scope", List.of())) {
          for (String one : s.split(" ", -1)) {
            if (!one.isEmpty()) {
              scopes.add(Scope.parse(one));
            }
          }
        }
      } catch (IllegalArgumentException e) {
        reply(exchange, new Outcome(path, service, scopes, sentCredentials, username), 400, e);
        return;
      }
      Outcome outcome = new Outcome(path, service, scopes, sentCredentials, username);
      if (!"GET".equals(exchange.getRequestMethod()) || !"/auth".equals(path)) {
        reply(exchange, outcome, 404, "not found: " + exchange.getRequestMethod() + " " + path);
        return;
      }
      if (!SERVICE.equals(service)) {
        reply(exchange, outcome, 400, "unknown or missing service: " + service);
        return;
      }
      Grant grant = anonymousGrant;
      String subject = "";
      if (username != null) {
        User user = users.get(username);
        if (user == null || !user.password().equals(password)) {
          exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"" + ISSUER + "\"");
          reply(exchange, outcome, 401, "invalid username or password");
          return;
        }
        grant = user.grant();
        subject = username;
      }
      List<Scope> granted = new ArrayList<>();
      for (Scope scope : scopes) {
        List<String> actions = grant.actions(scope);
        if (!actions.isEmpty()) {
          granted.add(scope.withActions(actions));
        }
      }
      String token = issue(subject, granted, lifetime);
      Instant now = Instant.now();
      String body =
          "{\"token\":\""
              + token
              + "\",\"access_token\":\""
              + token
              + "\",\"expires_in\":"
              + expiresIn
              + ",\"issued_at\":\""
              + now
              + "\"}";
      requests.add(outcome.record(200, granted, token));
      send(exchange, 200, body);
    }
  }

  /** What is known about a request before it is answered. */
  private record Outcome(
      String path,
      @Nullable String service,
      List<Scope> scopes,
      boolean credentialsSent,
      @Nullable String username) {
    TokenRequest record(int status, List<Scope> granted, @Nullable String token) {
      return new TokenRequest(
          path, service, scopes, credentialsSent, username, status, granted, token);
    }
  }

  private void reply(HttpExchange exchange, Outcome outcome, int status, Object detail)
      throws IOException {
    requests.add(outcome.record(status, List.of(), null));
    String message = String.valueOf(detail instanceof Exception e ? e.getMessage() : detail);
    send(exchange, status, "{\"details\":\"" + message.replace("\"", "'") + "\"}");
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static String decodeBasic(String encoded) {
    try {
      return new String(java.util.Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static Map<String, List<String>> query(@Nullable String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static @Nullable String first(@Nullable List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
