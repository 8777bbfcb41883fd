package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a token-mode registry must do, whatever the JOSE header style of its tokens. */
abstract class TokenTlsRegistryContract {
  abstract RegistryExtension registry();

  /** Checks the JOSE header of a token issued by the service under test. */
  abstract void assertHeaderStyle(SignedJWT jwt) throws Exception;

  @BeforeEach
  void forgetRequests() {
    registry().tokenService().clearRequests();
  }

  @Test
  void challengesWithBearer() throws Exception {
    HttpResponse<String> response = Http.get(registry().newHttpClient(), registry().uri("/v2/"));
    assertEquals(401, response.statusCode());
    assertEquals(
        "Bearer realm=\"https://127.0.0.1:"
            + registry().tokenService().port()
            + "/auth\",service=\"Docker registry\"",
        Http.header(response, "WWW-Authenticate"));
  }

  @Test
  void theConfiguredUserMayPush() throws Exception {
    Map<String, Object> answer =
        tokenAnswer(registry().basicAuthorization(), "repository:foo/bar:pull,push");
    String token = token(answer);
    assertEquals(token, answer.get("access_token"));
    assertEquals(300L, ((Number) field(answer, "expires_in")).longValue());
    assertFalse(String.valueOf(answer.get("issued_at")).isEmpty());
    assertHeaderStyle(SignedJWT.parse(token));

    HttpResponse<String> upload = startUpload("foo/bar", token);
    assertEquals(202, upload.statusCode(), upload.body());
    assertTrue(Http.header(upload, "Location").contains("/v2/foo/bar/blobs/uploads/"));

    TokenRequest request = registry().tokenService().lastRequest();
    assertTrue(request.credentialsSent());
    assertEquals("jdxf", request.username());
    assertEquals("Docker registry", request.service());
    assertEquals(List.of(Scope.repository("foo/bar", "pull", "push")), request.scopes());
    assertEquals(request.scopes(), request.granted());
  }

  @Test
  void anAnonymousTokenListsTheCatalogButReadsNoRepository() throws Exception {
    String token = token(tokenAnswer(null, "repository:foo/bar:pull", "registry:catalog:*"));
    TokenRequest request = registry().tokenService().lastRequest();
    assertFalse(request.credentialsSent());
    assertEquals(List.of(Scope.CATALOG), request.granted());

    HttpResponse<String> tags =
        Http.get(
            registry().newHttpClient(),
            registry().uri("/v2/foo/bar/tags/list"),
            "Authorization",
            "Bearer " + token);
    assertEquals(401, tags.statusCode());
    assertTrue(
        Http.header(tags, "WWW-Authenticate").contains("scope=\"repository:foo/bar:pull\""),
        Http.header(tags, "WWW-Authenticate"));

    HttpResponse<String> catalog =
        Http.get(
            registry().newHttpClient(),
            registry().uri("/v2/_catalog"),
            "Authorization",
            "Bearer " + token);
    assertEquals(200, catalog.statusCode(), catalog.body());
  }

  @Test
  void aPullOnlyUserCannotPush() throws Exception {
    String token =
        token(
            tokenAnswer(
                RegistryExtension.basicAuthorization("reader", "read-pass"),
                "repository:foo/bar:pull,push"));
    assertEquals(
        List.of(Scope.repository("foo/bar", "pull")),
        registry().tokenService().lastRequest().granted());
    HttpResponse<String> upload = startUpload("foo/bar", token);
    assertEquals(401, upload.statusCode());
    assertTrue(
        Http.header(upload, "WWW-Authenticate").contains("error=\"insufficient_scope\""),
        Http.header(upload, "WWW-Authenticate"));
  }

  @Test
  void aWrongPasswordGetsNoToken() throws Exception {
    HttpResponse<String> response =
        Http.get(
            registry().newHttpClient(),
            tokenUri("repository:foo/bar:pull"),
            "Authorization",
            RegistryExtension.basicAuthorization("jdxf", "wrong"));
    assertEquals(401, response.statusCode());
    assertEquals(401, registry().tokenService().lastRequest().status());
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String token =
        registry()
            .tokenService()
            .issue(
                "jdxf",
                List.of(Scope.repository("foo/bar", "pull", "push")),
                Duration.ofMinutes(-10));
    assertEquals(401, startUpload("foo/bar", token).statusCode());
  }

  @Test
  void aTokenWithABrokenSignatureIsRefused() throws Exception {
    String token =
        registry()
            .tokenService()
            .issue("jdxf", List.of(Scope.repository("foo/bar", "pull", "push")));
    assertEquals(202, startUpload("foo/bar", token).statusCode());
    int i = token.lastIndexOf('.') + 10;
    String broken =
        token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
    assertEquals(401, startUpload("foo/bar", broken).statusCode());
  }

  @Test
  void aTokenNamingAnotherKeyIsRefused() throws Exception {
    String valid =
        registry()
            .tokenService()
            .issue("jdxf", List.of(Scope.repository("foo/bar", "pull", "push")));
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    JWSHeader otherKid =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(LibtrustKeyId.of(generator.generateKeyPair().getPublic()))
            .build();
    SignedJWT forged = new SignedJWT(otherKid, SignedJWT.parse(valid).getJWTClaimsSet());
    forged.sign(new RSASSASigner(registry().server().pki().signerKeys().getPrivate()));
    assertEquals(401, startUpload("foo/bar", forged.serialize()).statusCode());
  }

  @Test
  void skopeoPushesThroughTheTokenService(@TempDir Path layout) throws Exception {
    OciLayoutBuilder.OciImage image =
        OciLayoutBuilder.at(layout).platform(OciLayoutBuilder.Platform.LINUX_AMD64).write("v1");
    Skopeo.copy(image, registry(), "skopeo/pushed", "v1", Skopeo.Format.OCI);

    List<TokenRequest> requests = registry().tokenService().requests();
    assertFalse(requests.isEmpty());
    assertTrue(requests.stream().allMatch(r -> r.status() == 200), requests.toString());
    assertTrue(requests.stream().allMatch(r -> "jdxf".equals(r.username())), requests.toString());
    assertTrue(
        requests.stream()
            .flatMap(r -> r.granted().stream())
            .anyMatch(s -> s.name().equals("skopeo/pushed") && s.actions().contains("push")),
        requests.toString());
    String token =
        registry().tokenService().issue("jdxf", List.of(Scope.repository("skopeo/pushed", "pull")));
    HttpResponse<String> manifest =
        Http.get(
            registry().newHttpClient(),
            registry().uri("/v2/skopeo/pushed/manifests/v1"),
            "Authorization",
            "Bearer " + token,
            "Accept",
            OciLayoutBuilder.MANIFEST);
    assertEquals(200, manifest.statusCode(), manifest.body());
    assertEquals(image.top().digest(), Http.header(manifest, "Docker-Content-Digest"));
  }

  @Test
  void scopeNamesMayCarryAHostAndPort() throws Exception {
    tokenAnswer(registry().basicAuthorization(), "repository:127.0.0.1:5000/foo:pull");
    assertEquals(
        List.of(Scope.repository("127.0.0.1:5000/foo", "pull")),
        registry().tokenService().lastRequest().granted());
  }

  private HttpResponse<String> startUpload(String repo, String token) throws Exception {
    return Http.send(
        registry().newHttpClient(),
        "POST",
        registry().uri("/v2/" + repo + "/blobs/uploads/"),
        new byte[0],
        "Authorization",
        "Bearer " + token);
  }

  private Map<String, Object> tokenAnswer(@Nullable String authorization, String... scopes)
      throws Exception {
    URI uri = tokenUri(scopes);
    HttpResponse<String> response =
        authorization == null
            ? Http.get(registry().newHttpClient(), uri)
            : Http.get(registry().newHttpClient(), uri, "Authorization", authorization);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response.body());
  }

  private URI tokenUri(String... scopes) {
    StringBuilder query = new StringBuilder("?service=" + encode(TokenService.SERVICE));
    for (String scope : scopes) {
      query.append("&scope=").append(encode(scope));
    }
    return URI.create(registry().tokenService().realm() + query.toString());
  }

  private static Object field(Map<String, Object> json, String name) {
    return Objects.requireNonNull(json.get(name), () -> "no " + name + " in " + json);
  }

  private static String token(Map<String, Object> json) {
    return (String) field(json, "token");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
