package dev.jdxf.domain.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryNameTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "foo/bar",
        "a__b",
        "a--b",
        "a---b",
        "a.b",
        "a_b",
        "x/y/z9",
        "0",
        "library/ubuntu"
      })
  void acceptsTheDistributionGrammar(String name) {
    assertEquals(name, RepositoryName.parse(name).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "A", "Foo/bar", "a//b", "-a", "a-", "a/", "/a", "a___b", "a..b", "a b", "a:b", "_a"
      })
  void rejectsWhatTheGrammarDoesNot(String name) {
    assertThrows(IllegalArgumentException.class, () -> RepositoryName.parse(name));
  }

  @Test
  void atMost255Characters() {
    assertEquals(255, RepositoryName.parse("a".repeat(255)).value().length());
    assertThrows(IllegalArgumentException.class, () -> RepositoryName.parse("a".repeat(256)));
  }

  @Test
  void components() {
    assertArrayEquals(new String[] {"a", "b"}, RepositoryName.parse("a/b").components());
  }
}
