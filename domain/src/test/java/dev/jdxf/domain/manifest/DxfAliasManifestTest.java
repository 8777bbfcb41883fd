package dev.jdxf.domain.manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.model.ImageManifest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DxfAliasManifestTest {
  private static final String H1 = "1".repeat(64);
  private static final String H2 = "ab".repeat(32);
  private static final BlobInfo B1 = new BlobInfo(new Digest(DigestAlgorithm.SHA256, H1), 5);
  private static final BlobInfo B2 = new BlobInfo(new Digest(DigestAlgorithm.SHA256, H2), 1234567);

  /** Written by hand from dxf-compat.md "The manifest that set-alias writes". */
  private static final String EXPECTED =
      "{\"config\": {\"digest\": \"sha256:"
          + H1
          + "\", \"mediaType\": \"application/vnd.docker.container.image.v1+json\", \"size\": 5},"
          + " \"layers\": [{\"digest\": \"sha256:"
          + H1
          + "\", \"mediaType\": \"application/octet-stream\", \"size\": 5}, {\"digest\": \"sha256:"
          + H2
          + "\", \"mediaType\": \"application/octet-stream\", \"size\": 1234567}],"
          + " \"mediaType\": \"application/vnd.docker.distribution.manifest.v2+json\","
          + " \"schemaVersion\": 2}";

  @Test
  void writesTheBytesDxfWrites() {
    assertEquals(EXPECTED, DxfAliasManifest.text(List.of(B1, B2)));
    RawManifest raw = DxfAliasManifest.of(List.of(B1, B2));
    assertArrayEquals(EXPECTED.getBytes(StandardCharsets.UTF_8), raw.bytes());
    assertEquals(MediaType.DOCKER_MANIFEST, raw.mediaType());
    assertEquals(Digest.sha256(EXPECTED.getBytes(StandardCharsets.UTF_8)), raw.digest());
  }

  @Test
  void parsesBack() {
    ImageManifest m =
        assertInstanceOf(
            ImageManifest.class, ManifestParser.parse(DxfAliasManifest.of(List.of(B1, B2))));
    assertEquals(List.of(B1.digest(), B2.digest()), m.layerDigests());
    assertEquals(B1.digest(), m.config().digest());
    assertEquals(MediaType.DOCKER_CONTAINER_CONFIG, m.config().mediaType());
    assertEquals(5 + 1234567, m.totalLayerSize());
  }

  @Test
  void oneBlobIsItsOwnConfig() {
    String text = DxfAliasManifest.text(List.of(B2));
    assertEquals(
        "{\"config\": {\"digest\": \"sha256:"
            + H2
            + "\", \"mediaType\": \"application/vnd.docker.container.image.v1+json\", \"size\":"
            + " 1234567}, \"layers\": [{\"digest\": \"sha256:"
            + H2
            + "\", \"mediaType\": \"application/octet-stream\", \"size\": 1234567}], \"mediaType\":"
            + " \"application/vnd.docker.distribution.manifest.v2+json\", \"schemaVersion\": 2}",
        text);
  }
}
