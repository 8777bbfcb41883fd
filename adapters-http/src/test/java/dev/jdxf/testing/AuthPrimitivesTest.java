package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthPrimitivesTest {
  @Test
  void base32FollowsRfc4648() {
    assertEquals("MZXW6YTB", LibtrustKeyId.base32("fooba".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        "MZXW6YTBOJUWU23M", LibtrustKeyId.base32("foobarijkl".getBytes(StandardCharsets.US_ASCII)));
    assertThrows(IllegalArgumentException.class, () -> LibtrustKeyId.base32(new byte[3]));
    assertEquals("AAAAAAAA", LibtrustKeyId.base32(new byte[5]));
    assertEquals("77777777", LibtrustKeyId.base32(new byte[] {-1, -1, -1, -1, -1}));
  }

  @Test
  void keyIdIsTwelveGroupsOfFour() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(256);
    PublicKey key = gen.generateKeyPair().getPublic();
    String kid = LibtrustKeyId.of(key);
    assertEquals(59, kid.length());
    assertTrue(kid.matches("([A-Z2-7]{4}:){11}[A-Z2-7]{4}"), kid);
    assertEquals(kid, LibtrustKeyId.of(key));
  }

  @Test
  void scopesSplitOnTheFirstAndLastColon() {
    assertEquals(
        new Scope("repository", "127.0.0.1:5000/foo/bar", List.of("pull", "push")),
        Scope.parse("repository:127.0.0.1:5000/foo/bar:pull,push"));
    assertEquals(Scope.CATALOG, Scope.parse("registry:catalog:*"));
    assertEquals("repository:a:pull", Scope.repository("a", "pull").toString());
    assertEquals(List.of(), Scope.parse("repository:a:").actions());
    assertThrows(IllegalArgumentException.class, () -> Scope.parse("repository:foo"));
  }

  @Test
  void grantsFilterActions() {
    Scope pushPull = Scope.repository("foo", "pull", "push");
    assertEquals(List.of("pull"), Grant.only("pull").actions(pushPull));
    assertEquals(List.of("*"), Grant.only("pull").actions(Scope.CATALOG));
    assertEquals(List.of(), Grant.catalogOnly().actions(pushPull));
    assertEquals(List.of("*"), Grant.catalogOnly().actions(Scope.CATALOG));
    assertEquals(List.of("pull", "push"), Grant.everything().actions(pushPull));
  }

  @Test
  void htpasswdLinesUseBcrypt2y() {
    String line = Htpasswd.line("jdxf", "s3cret-pass");
    assertTrue(line.startsWith("jdxf:$2y$05$"), line);
    String hash = line.substring("jdxf:".length());
    assertEquals(60, hash.length());
    assertTrue(Htpasswd.matches(hash, "s3cret-pass"));
    assertFalse(Htpasswd.matches(hash, "wrong"));
  }
}
