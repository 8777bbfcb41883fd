package dev.jdxf.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChallengeTest {

  @Test
  void bearerWithQuotedParameters() {
    Challenge c =
        Challenge.parse(
                List.of(
                    "Bearer realm=\"https://auth.example/token\",service=\"Docker registry\","
                        + "scope=\"repository:foo/bar:pull,push\""))
            .orElseThrow();
    assertTrue(c.isBearer());
    assertEquals(Optional.of("https://auth.example/token"), c.param("realm"));
    assertEquals(Optional.of("Docker registry"), c.param("service"));
    assertEquals(Optional.of("repository:foo/bar:pull,push"), c.param("scope"));
    assertFalse(c.insufficientScope());
  }

  @Test
  void insufficientScope() {
    Challenge c =
        Challenge.parse(
                List.of(
                    "Bearer realm=\"https://a/t\",service=\"s\",scope=\"repository:x:push\","
                        + "error=\"insufficient_scope\""))
            .orElseThrow();
    assertTrue(c.insufficientScope());
  }

  @Test
  void basicAndSchemeCase() {
    Challenge c = Challenge.parse(List.of("basic realm=\"Registry Realm\"")).orElseThrow();
    assertTrue(c.isBasic());
    assertEquals(Map.of("realm", "Registry Realm"), c.params());
  }

  @Test
  void bearerIsPreferredWhenSeveralAreOffered() {
    assertTrue(
        Challenge.parse(List.of("Basic realm=\"r\", Bearer realm=\"https://a/t\",service=s"))
            .orElseThrow()
            .isBearer());
    assertTrue(
        Challenge.parse(List.of("Basic realm=\"r\"", "Bearer realm=\"https://a/t\""))
            .orElseThrow()
            .isBearer());
  }

  @Test
  void twoChallengesInOneHeaderKeepTheirOwnParameters() {
    List<Challenge> all =
        Challenge.parseHeader("Newauth realm=\"apps\", type=1, Basic realm=\"simple\"");
    assertEquals(2, all.size());
    assertEquals("newauth", all.get(0).scheme());
    assertEquals(Map.of("realm", "apps", "type", "1"), all.get(0).params());
    assertEquals(Map.of("realm", "simple"), all.get(1).params());
  }

  @Test
  void escapedQuotesAndUnquotedValues() {
    Challenge c =
        Challenge.parse(List.of("Bearer realm=\"https://a/t?x=\\\"y\\\"\", service=plain"))
            .orElseThrow();
    assertEquals(Optional.of("https://a/t?x=\"y\""), c.param("realm"));
    assertEquals(Optional.of("plain"), c.param("service"));
  }

  @Test
  void nothingUsable() {
    assertEquals(Optional.empty(), Challenge.parse(List.of()));
    assertEquals(Optional.empty(), Challenge.parse(List.of("Negotiate")));
    assertEquals(Optional.empty(), Challenge.parse(List.of("")));
  }
}
