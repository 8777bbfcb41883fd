package dev.jdxf.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLocationTest {
  private static final String HEX = "a".repeat(64);

  @Test
  void registryWithPortAndAlias() {
    ContentLocation l = ContentLocation.parse("localhost:5000/team/data:v1");
    assertEquals(new StoreAddress.Registry("localhost:5000"), l.store());
    assertEquals(RepositoryName.parse("team/data"), l.repository());
    assertEquals(Alias.parse("v1"), l.reference());
    assertEquals("localhost:5000/team/data:v1", l.toString());
  }

  @Test
  void registryWithDigestAndDockerPrefix() {
    ContentLocation l = ContentLocation.parse("docker://127.0.0.1:5000/r@sha256:" + HEX);
    assertEquals(new StoreAddress.Registry("127.0.0.1:5000"), l.store());
    assertEquals(Digest.parse("sha256:" + HEX), l.reference());
  }

  @Test
  void layoutWithNestedRepository() {
    ContentLocation l = ContentLocation.parse("oci:demo-store:demo/notes:readme");
    assertEquals(new StoreAddress.Layout(Path.of("demo-store")), l.store());
    assertEquals(RepositoryName.parse("demo/notes"), l.repository());
    assertEquals(Alias.parse("readme"), l.reference());
    assertEquals("oci:demo-store:demo/notes:readme", l.toString());
  }

  @Test
  void layoutPathMayContainColonsAndSlashes() {
    ContentLocation l = ContentLocation.parse("oci:/tmp/a:b/store:repo@sha256:" + HEX);
    assertEquals(new StoreAddress.Layout(Path.of("/tmp/a:b/store")), l.store());
    assertEquals(RepositoryName.parse("repo"), l.repository());
    assertEquals(Digest.parse("sha256:" + HEX), l.reference());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost:5000/repo",
        "repo:tag",
        "localhost:5000/:tag",
        "oci:store:tag",
        "oci::repo:tag",
        "localhost:5000/Repo:tag",
        "localhost:5000/repo:bad/alias",
        "localhost:5000/repo@sha256:abc",
        "oci:store:repo"
      })
  void rejectsAmbiguousOrInvalidLocations(String text) {
    assertThrows(IllegalArgumentException.class, () -> ContentLocation.parse(text));
  }

  @Test
  void storeAddressFromDxfHost() {
    assertEquals(new StoreAddress.Layout(Path.of("x/y")), StoreAddress.parse("oci:x/y"));
    assertEquals(
        new StoreAddress.Registry("registry-1.docker.io"),
        StoreAddress.parse("registry-1.docker.io"));
    assertThrows(IllegalArgumentException.class, () -> StoreAddress.parse("oci:"));
    assertThrows(IllegalArgumentException.class, () -> StoreAddress.parse("bad host"));
  }
}
