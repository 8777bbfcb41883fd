package dev.jdxf.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.InvalidManifestException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Alias, Platform, MediaType, Descriptor, Reference, BlobInfo, RawManifest. */
class ValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"latest", "v1.0", "_x", "A-b_c.d", "0"})
  void aliasesThatAreTags(String name) {
    assertEquals(name, Alias.parse(name).toString());
    assertEquals(name, Alias.parseArgument("@" + name).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".x", "-x", "a/b", "a:b", "a b"})
  void aliasesThatAreNot(String name) {
    assertThrows(IllegalArgumentException.class, () -> Alias.parse(name));
  }

  @Test
  void aliasLengthAndArgumentForm() {
    assertEquals(128, Alias.parse("a".repeat(128)).name().length());
    assertThrows(IllegalArgumentException.class, () -> Alias.parse("a".repeat(129)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Alias.parseArgument("latest"));
    assertEquals("invalid alias", e.getMessage());
  }

  @Test
  void platformsParseAndPrint() {
    assertEquals(Platform.of("linux", "amd64"), Platform.parse("linux/amd64"));
    Platform arm = Platform.parse("linux/arm/v7");
    assertEquals(Optional.of("v7"), arm.variant());
    assertEquals("linux/arm/v7", arm.toString());
    assertEquals("windows/amd64", Platform.of("windows", "amd64").toString());
    for (String bad : new String[] {"linux", "linux/", "/amd64", "a/b/c/d", "linux/am d64", ""}) {
      assertThrows(IllegalArgumentException.class, () -> Platform.parse(bad), bad);
    }
  }

  @Test
  void mediaTypeFlags() {
    assertTrue(MediaType.DOCKER_MANIFEST.isImage());
    assertTrue(MediaType.OCI_MANIFEST.isImage());
    assertTrue(MediaType.DOCKER_MANIFEST_LIST.isIndex());
    assertTrue(MediaType.OCI_INDEX.isIndex());
    assertTrue(MediaType.DOCKER_SCHEMA1.isSchema1());
    assertTrue(MediaType.DOCKER_SCHEMA1_SIGNED.isSchema1());
    assertFalse(MediaType.OCI_INDEX.isImage());
    assertFalse(MediaType.OCTET_STREAM.isManifest());
    assertTrue(MediaType.OCTET_STREAM.isGeneric());
    assertTrue(MediaType.parse("application/json").isGeneric());
    assertFalse(MediaType.OCI_MANIFEST.isGeneric());
    for (MediaType t : MediaType.MANIFEST_TYPES) {
      assertTrue(t.isManifest(), t.value());
    }
    assertEquals(6, MediaType.MANIFEST_TYPES.size());
  }

  @Test
  void mediaTypeParsesHeaderValues() {
    assertEquals(
        MediaType.OCI_INDEX, MediaType.parse(" Application/VND.oci.image.index.v1+json ; x=y"));
    for (String bad : new String[] {"", "json", "/json", "application/", "a b/c"}) {
      assertThrows(IllegalArgumentException.class, () -> MediaType.parse(bad), bad);
    }
  }

  @Test
  void descriptors() {
    Digest d = Digest.sha256(new byte[] {1});
    Descriptor plain = Descriptor.of(MediaType.OCTET_STREAM, d, 1);
    assertEquals(Map.of(), plain.annotations());
    assertEquals(Optional.empty(), plain.platform());
    assertThrows(
        IllegalArgumentException.class, () -> Descriptor.of(MediaType.OCTET_STREAM, d, -1));
    Map<String, String> annotations = new HashMap<>(Map.of("k", "v"));
    Descriptor withAnnotations =
        new Descriptor(
            MediaType.OCTET_STREAM, d, 1, annotations, Optional.empty(), Optional.empty());
    annotations.put("other", "x");
    assertEquals(Map.of("k", "v"), withAnnotations.annotations());
  }

  @Test
  void referencesAndBlobInfo() {
    assertInstanceOf(Alias.class, Reference.parse("latest"));
    assertInstanceOf(Digest.class, Reference.parse("sha256:" + "0".repeat(64)));
    assertThrows(IllegalArgumentException.class, () -> Reference.parse("sha256:short"));
    Digest d = Digest.sha256(new byte[0]);
    assertEquals(d + " 0", new BlobInfo(d, 0).toString());
    assertThrows(IllegalArgumentException.class, () -> new BlobInfo(d, -1));
  }

  @Test
  void rawManifestsKeepTheirBytes() {
    byte[] bytes = "{}".getBytes(StandardCharsets.UTF_8);
    RawManifest raw = RawManifest.of(bytes, MediaType.OCI_MANIFEST);
    bytes[0] = 'x';
    assertEquals("{}", raw.text());
    assertEquals(Digest.sha256("{}".getBytes(StandardCharsets.UTF_8)), raw.digest());
    assertEquals(Descriptor.of(MediaType.OCI_MANIFEST, raw.digest(), 2), raw.descriptor());
    assertEquals(MediaType.OCTET_STREAM, RawManifest.received(raw.bytes(), null).mediaType());
    assertEquals(
        MediaType.OCI_INDEX,
        RawManifest.received(raw.bytes(), MediaType.OCI_INDEX.value()).mediaType());
    assertThrows(
        InvalidManifestException.class,
        () -> RawManifest.of(new byte[RawManifest.MAX_BYTES + 1], MediaType.OCI_MANIFEST));
    assertEquals(
        RawManifest.MAX_BYTES,
        RawManifest.of(new byte[RawManifest.MAX_BYTES], MediaType.OCI_MANIFEST).size());
  }
}
