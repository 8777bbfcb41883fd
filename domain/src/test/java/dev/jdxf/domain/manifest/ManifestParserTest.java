package dev.jdxf.domain.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ImageManifest;
import dev.jdxf.domain.model.Manifest;
import dev.jdxf.domain.model.ManifestIndex;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.Platform;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.Schema1Manifest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestParserTest {
  static final String D1 = "sha256:" + "a".repeat(64);
  static final String D2 = "sha256:" + "b".repeat(64);
  static final String D3 = "sha256:" + "c".repeat(64);

  static final String DOCKER_IMAGE =
      "{\"schemaVersion\": 2, \"mediaType\": \"application/vnd.docker.distribution.manifest.v2+json\","
          + " \"config\": {\"mediaType\": \"application/vnd.docker.container.image.v1+json\","
          + " \"digest\": \""
          + D1
          + "\", \"size\": 10}, \"layers\": [{\"mediaType\": \"application/octet-stream\","
          + " \"digest\": \""
          + D2
          + "\", \"size\": 20}, {\"mediaType\": \"application/octet-stream\", \"digest\": \""
          + D3
          + "\", \"size\": 30}]}";

  static final String OCI_IMAGE_NO_TYPE =
      "{\"schemaVersion\": 2, \"config\": {\"mediaType\": \"application/vnd.oci.image.config.v1+json\","
          + " \"digest\": \""
          + D1
          + "\", \"size\": 2}, \"layers\": [], \"artifactType\": \"application/x-thing\","
          + " \"subject\": {\"mediaType\": \"application/vnd.oci.image.manifest.v1+json\","
          + " \"digest\": \""
          + D2
          + "\", \"size\": 99}, \"annotations\": {\"k\": \"v\"}}";

  static final String DOCKER_LIST =
      "{\"schemaVersion\": 2, \"mediaType\":"
          + " \"application/vnd.docker.distribution.manifest.list.v2+json\", \"manifests\": ["
          + "{\"mediaType\": \"application/vnd.docker.distribution.manifest.v2+json\", \"digest\": \""
          + D1
          + "\", \"size\": 100, \"platform\": {\"os\": \"linux\", \"architecture\": \"amd64\"}},"
          + " {\"mediaType\": \"application/vnd.docker.distribution.manifest.v2+json\", \"digest\": \""
          + D2
          + "\", \"size\": 200, \"platform\": {\"os\": \"linux\", \"architecture\": \"arm\","
          + " \"variant\": \"v7\"}, \"annotations\": {\"a\": \"b\"}}]}";

  static final String OCI_INDEX_NO_TYPE =
      "{\"schemaVersion\": 2, \"manifests\": [{\"mediaType\":"
          + " \"application/vnd.oci.image.manifest.v1+json\", \"digest\": \""
          + D3
          + "\", \"size\": 5, \"artifactType\": \"application/x-sbom\"}]}";

  static final String SCHEMA1_UNSIGNED =
      "{\"schemaVersion\": 1, \"name\": \"my/repo\", \"tag\": \"v1\", \"fsLayers\": [{\"blobSum\":"
          + " \""
          + D2
          + "\"}, {\"blobSum\": \""
          + D1
          + "\"}], \"history\": [{\"v1Compatibility\": \"{}\"}, {\"v1Compatibility\": \"{}\"}]}";

  static RawManifest raw(String text, String contentType) {
    return RawManifest.received(text.getBytes(StandardCharsets.UTF_8), contentType);
  }

  static InvalidManifestException rejects(String text, String contentType) {
    InvalidManifestException e =
        assertThrows(
            InvalidManifestException.class, () -> ManifestParser.parse(raw(text, contentType)));
    String m = String.valueOf(e.getMessage());
    assertFalse(m.contains("\n"), m);
    assertTrue(m.startsWith("invalid manifest: "), m);
    return e;
  }

  @Test
  void dockerSchema2() {
    ImageManifest m =
        assertInstanceOf(
            ImageManifest.class,
            ManifestParser.parse(raw(DOCKER_IMAGE, MediaType.DOCKER_MANIFEST.value())));
    assertEquals(Digest.parse(D1), m.config().digest());
    assertEquals(10, m.config().size());
    assertEquals(java.util.List.of(Digest.parse(D2), Digest.parse(D3)), m.layerDigests());
    assertEquals(50, m.totalLayerSize());
    assertEquals(MediaType.DOCKER_MANIFEST, m.mediaType());
  }

  @Test
  void ociImageWithOptionalFieldsAndContentTypeParameters() {
    Manifest parsed =
        ManifestParser.parse(
            raw(OCI_IMAGE_NO_TYPE, "application/vnd.oci.image.manifest.v1+json; charset=utf-8"));
    ImageManifest m = assertInstanceOf(ImageManifest.class, parsed);
    assertEquals(Optional.of("application/x-thing"), m.artifactType());
    assertEquals(Digest.parse(D2), m.subject().orElseThrow().digest());
    assertEquals(Map.of("k", "v"), m.annotations());
    assertTrue(m.layers().isEmpty());
  }

  @Test
  void dockerManifestListWithPlatforms() {
    ManifestIndex m =
        assertInstanceOf(
            ManifestIndex.class,
            ManifestParser.parse(raw(DOCKER_LIST, MediaType.DOCKER_MANIFEST_LIST.value())));
    assertEquals(2, m.manifests().size());
    assertEquals(Optional.of(Platform.of("linux", "amd64")), m.manifests().get(0).platform());
    assertEquals(Optional.of(Platform.parse("linux/arm/v7")), m.manifests().get(1).platform());
    assertEquals(Map.of("a", "b"), m.manifests().get(1).annotations());
    assertEquals(Digest.parse(D2), m.find(Platform.parse("linux/arm/v7")).orElseThrow().digest());
    assertTrue(m.layerDigests().isEmpty());
  }

  @Test
  void ociIndexWithArtifactType() {
    ManifestIndex m =
        assertInstanceOf(
            ManifestIndex.class,
            ManifestParser.parse(raw(OCI_INDEX_NO_TYPE, MediaType.OCI_INDEX.value())));
    assertEquals(Optional.of("application/x-sbom"), m.manifests().get(0).artifactType());
    assertEquals(Optional.empty(), m.manifests().get(0).platform());
  }

  @Test
  void unsignedSchema1() {
    Schema1Manifest m =
        assertInstanceOf(
            Schema1Manifest.class,
            ManifestParser.parse(raw(SCHEMA1_UNSIGNED, MediaType.DOCKER_SCHEMA1.value())));
    assertEquals("my/repo", m.name());
    assertEquals("v1", m.tag());
    assertEquals(java.util.List.of(Digest.parse(D2), Digest.parse(D1)), m.layerDigests());
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "application/octet-stream", "text/plain", ""})
  void genericContentTypeTakesTheBodyMediaType(String contentType) {
    assertEquals(
        MediaType.DOCKER_MANIFEST,
        ManifestParser.parse(raw(DOCKER_IMAGE, contentType)).mediaType());
    assertEquals(
        MediaType.DOCKER_MANIFEST_LIST,
        ManifestParser.parse(raw(DOCKER_LIST, contentType)).mediaType());
  }

  @Test
  void genericContentTypeInfersFromTheShape() {
    assertEquals(
        MediaType.OCI_MANIFEST,
        ManifestParser.parse(raw(OCI_IMAGE_NO_TYPE, "application/json")).mediaType());
    assertEquals(
        MediaType.OCI_INDEX,
        ManifestParser.parse(raw(OCI_INDEX_NO_TYPE, "application/json")).mediaType());
    assertEquals(
        MediaType.DOCKER_SCHEMA1,
        ManifestParser.parse(raw(SCHEMA1_UNSIGNED, "application/json")).mediaType());
  }

  @Test
  void resolveKeepsTheBytesAndAConcreteTypeAsItIs() {
    RawManifest generic = raw(OCI_INDEX_NO_TYPE, "application/octet-stream");
    RawManifest resolved = ManifestParser.resolve(generic);
    assertEquals(MediaType.OCI_INDEX, resolved.mediaType());
    assertEquals(generic.digest(), resolved.digest());
    RawManifest concrete = raw(DOCKER_IMAGE, MediaType.DOCKER_MANIFEST.value());
    assertSame(concrete, ManifestParser.resolve(concrete));
  }

  @Test
  void refusesManifestsTogetherWithLayersOrConfig() {
    String both = DOCKER_LIST.replace("\"manifests\":", "\"layers\": [], \"manifests\":");
    assertTrue(
        String.valueOf(rejects(both, "application/json").getMessage()).contains("CVE-2021-41190"));
    rejects(both, MediaType.DOCKER_MANIFEST_LIST.value());
    String withConfig =
        OCI_INDEX_NO_TYPE.replace(
            "\"manifests\":",
            "\"config\": {\"mediaType\": \"a/b\", \"digest\": \""
                + D1
                + "\", \"size\": 1},"
                + " \"manifests\":");
    rejects(withConfig, MediaType.OCI_INDEX.value());
  }

  @Test
  void refusesABodyTypeThatContradictsTheContentType() {
    InvalidManifestException e = rejects(DOCKER_IMAGE, MediaType.OCI_MANIFEST.value());
    assertTrue(String.valueOf(e.getMessage()).contains("served as"));
    rejects(DOCKER_LIST, MediaType.OCI_INDEX.value());
    rejects(DOCKER_IMAGE, MediaType.DOCKER_MANIFEST_LIST.value());
  }

  @Test
  void refusesAShapeThatContradictsTheContentType() {
    rejects(OCI_INDEX_NO_TYPE, MediaType.OCI_MANIFEST.value());
    rejects(OCI_IMAGE_NO_TYPE, MediaType.OCI_INDEX.value());
    rejects(SCHEMA1_UNSIGNED, MediaType.DOCKER_MANIFEST.value());
  }

  @Test
  void refusesBodiesOverFourMebibytes() {
    byte[] big = new byte[RawManifest.MAX_BYTES + 1];
    assertThrows(InvalidManifestException.class, () -> RawManifest.of(big, MediaType.OCI_MANIFEST));
  }

  @Test
  void refusesWhatIsNotAJsonObject() {
    rejects("not json {", MediaType.OCI_MANIFEST.value());
    rejects("[1, 2]", MediaType.OCI_MANIFEST.value());
    rejects("", MediaType.OCI_MANIFEST.value());
    rejects("{\"schemaVersion\": 2, \"schemaVersion\": 2, \"manifests\": []}", "application/json");
  }

  @Test
  void refusesBadDescriptors() {
    rejects(DOCKER_IMAGE.replace(D2, "sha256:../x"), MediaType.DOCKER_MANIFEST.value());
    rejects(DOCKER_IMAGE.replace(D2, "md5:" + "a".repeat(32)), MediaType.DOCKER_MANIFEST.value());
    rejects(
        DOCKER_IMAGE.replace("\"size\": 20", "\"size\": -1"), MediaType.DOCKER_MANIFEST.value());
    rejects(
        DOCKER_IMAGE.replace("\"size\": 20", "\"size\": \"20\""),
        MediaType.DOCKER_MANIFEST.value());
    rejects(
        DOCKER_IMAGE.replace("\"size\": 20", "\"size\": 2.5"), MediaType.DOCKER_MANIFEST.value());
    rejects(DOCKER_IMAGE.replace(", \"size\": 20", ""), MediaType.DOCKER_MANIFEST.value());
    rejects(
        DOCKER_IMAGE.replace("\"digest\": \"" + D3 + "\", ", ""),
        MediaType.DOCKER_MANIFEST.value());
    rejects(
        DOCKER_LIST.replace("\"architecture\": \"amd64\"", "\"architecture\": \"a md64\""),
        MediaType.DOCKER_MANIFEST_LIST.value());
  }

  @Test
  void refusesUnsupportedMediaTypes() {
    rejects(DOCKER_IMAGE, "text/html");
    rejects(
        DOCKER_IMAGE.replace(MediaType.DOCKER_MANIFEST.value(), "application/vnd.example+json"),
        "application/json");
    rejects("{\"schemaVersion\": 2}", "application/json");
  }

  @Test
  void refusesTheWrongSchemaVersion() {
    rejects(
        DOCKER_IMAGE.replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"),
        MediaType.DOCKER_MANIFEST.value());
    rejects(DOCKER_IMAGE.replace("\"schemaVersion\": 2, ", ""), MediaType.DOCKER_MANIFEST.value());
    rejects(
        SCHEMA1_UNSIGNED.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
        MediaType.DOCKER_SCHEMA1.value());
  }

  @Test
  void refusesASignedSchema1WithoutSignatures() {
    rejects(SCHEMA1_UNSIGNED, MediaType.DOCKER_SCHEMA1_SIGNED.value());
  }
}
