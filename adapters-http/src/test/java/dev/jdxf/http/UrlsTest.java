package dev.jdxf.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlsTest {
  private static final URI BASE = URI.create("https://127.0.0.1:5000");

  @Test
  void relativeLocationIsResolved() {
    URI request = URI.create("https://127.0.0.1:5000/v2/foo/blobs/uploads/");
    assertEquals(
        Optional.of(URI.create("https://127.0.0.1:5000/v2/foo/blobs/uploads/abc?_state=x")),
        Urls.resolve(request, "/v2/foo/blobs/uploads/abc?_state=x"));
    assertEquals(
        Optional.of(URI.create("https://127.0.0.1:5000/v2/foo/blobs/uploads/abc")),
        Urls.resolve(request, "abc"));
  }

  @Test
  void onlyHttpUrlsResolve() {
    assertEquals(Optional.empty(), Urls.resolve(BASE, "ftp://x/y"));
    assertEquals(Optional.empty(), Urls.resolve(BASE, "http://[bad"));
  }

  @Test
  void digestIsAddedKeepingTheQuery() {
    assertEquals(
        URI.create("https://h/v2/u/1?_state=a%3D&digest=sha256%3Aab"),
        Urls.withQueryParameter(URI.create("https://h/v2/u/1?_state=a%3D"), "digest", "sha256:ab"));
    assertEquals(
        URI.create("https://h/v2/u/1?digest=sha256%3Aab"),
        Urls.withQueryParameter(URI.create("https://h/v2/u/1"), "digest", "sha256:ab"));
    assertEquals(
        URI.create("https://h/t?scope=repository%3Afoo%3Apull%2Cpush"),
        Urls.withQueryParameter(URI.create("https://h/t"), "scope", "repository:foo:pull,push"));
  }

  @Test
  void origins() {
    assertTrue(Urls.sameOrigin(BASE, URI.create("https://127.0.0.1:5000/v2/x")));
    assertTrue(Urls.sameOrigin(URI.create("https://h"), URI.create("https://H:443/x")));
    assertFalse(Urls.sameOrigin(BASE, URI.create("https://localhost:5000/v2/x")));
    assertFalse(Urls.sameOrigin(BASE, URI.create("https://127.0.0.1:5001/v2/x")));
    assertFalse(Urls.sameOrigin(BASE, URI.create("http://127.0.0.1:5000/v2/x")));
  }

  @Test
  void realmGoesToHttpsOnTheAuthHost() {
    URI realm = URI.create("http://auth.internal:8080/token?x=1");
    assertEquals(
        URI.create("https://auth.internal:8080/token?x=1"),
        Urls.withSchemeAndAuthority(realm, "https", Optional.empty()));
    assertEquals(
        URI.create("https://localhost:9443/token?x=1"),
        Urls.withSchemeAndAuthority(realm, "https", Optional.of("localhost:9443")));
  }
}
