package dev.jdxf.domain.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.InvalidManifestException;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.model.Schema1Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class Schema1SignaturesTest {
  static final Digest D1 = Digest.sha256("one".getBytes(StandardCharsets.UTF_8));
  static final Digest D2 = Digest.sha256("two".getBytes(StandardCharsets.UTF_8));
  static final RepositoryName REPO = RepositoryName.parse("my/repo");

  static String signedText() {
    return Schema1Signer.sign(REPO, Alias.parse("v1"), List.of(D1, D2)).text();
  }

  static RawManifest signed(String text) {
    return RawManifest.of(text.getBytes(StandardCharsets.UTF_8), MediaType.DOCKER_SCHEMA1_SIGNED);
  }

  static String refusal(String text) {
    InvalidManifestException e =
        assertThrows(InvalidManifestException.class, () -> ManifestParser.parse(signed(text)));
    return String.valueOf(e.getMessage());
  }

  @Test
  void theUnsignedPayloadIsDxfs() {
    assertEquals(
        "{\"fsLayers\": [{\"blobSum\": \""
            + D1
            + "\"}, {\"blobSum\": \""
            + D2
            + "\"}], \"history\": [{\"v1Compatibility\": \"{}\"}, {\"v1Compatibility\": \"{}\"}],"
            + " \"name\": \"my/repo\", \"schemaVersion\": 1, \"tag\": \"v1\"}",
        Schema1Signer.unsigned(REPO, Alias.parse("v1"), List.of(D1, D2)));
  }

  @Test
  void signThenVerifyRoundTrips() {
    RawManifest raw = Schema1Signer.sign(REPO, Alias.parse("v1"), List.of(D1, D2));
    assertEquals(MediaType.DOCKER_SCHEMA1_SIGNED, raw.mediaType());
    Schema1Manifest m = assertInstanceOf(Schema1Manifest.class, ManifestParser.parse(raw));
    assertEquals(List.of(D1, D2), m.layerDigests());
    assertEquals("my/repo", m.name());
    assertEquals("v1", m.tag());
    String payload = Schema1Signer.unsigned(REPO, Alias.parse("v1"), List.of(D1, D2));
    assertEquals(Digest.sha256(payload.getBytes(StandardCharsets.UTF_8)), raw.digest());
    assertTrue(
        raw.text().startsWith(payload.substring(0, payload.length() - 1) + ", \"signatures\": ["));
  }

  @Test
  void everySigningUsesAFreshKey() {
    assertNotEquals(signedText(), signedText());
  }

  @Test
  void verifiesAManifestSignedByAnIndependentImplementation() throws IOException {
    byte[] bytes = resource("signed-by-python.json");
    RawManifest raw = RawManifest.of(bytes, MediaType.DOCKER_SCHEMA1_SIGNED);
    Schema1Manifest m = assertInstanceOf(Schema1Manifest.class, ManifestParser.parse(raw));
    assertEquals(
        List.of(
            Digest.sha256("first".getBytes(StandardCharsets.UTF_8)),
            Digest.sha256("second".getBytes(StandardCharsets.UTF_8))),
        m.layerDigests());
    assertEquals(
        Digest.parse(
            new String(resource("signed-by-python.payload-sha256"), StandardCharsets.UTF_8)),
        raw.digest());
  }

  @Test
  void aTamperedPayloadFails() {
    assertTrue(
        refusal(signedText().replace("\"my/repo\"", "\"my/rep0\"")).contains("does not verify"));
    assertTrue(
        refusal(signedText().replace(D2.toString(), D1.toString())).contains("does not verify"));
  }

  @Test
  void aTamperedSignatureFails() {
    String text = signedText();
    int at = text.indexOf("\"signature\": \"") + "\"signature\": \"".length();
    char c = text.charAt(at);
    String flipped = text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1);
    assertTrue(refusal(flipped).contains("does not verify"));
  }

  @Test
  void algNoneIsRefused() {
    assertTrue(
        refusal(signedText().replace("\"alg\": \"ES256\"", "\"alg\": \"none\""))
            .contains("'none'"));
    assertTrue(
        refusal(signedText().replace("\"alg\": \"ES256\"", "\"alg\": \"NONE\""))
            .contains("'none'"));
  }

  @Test
  void otherAlgorithmsAreRefused() {
    assertTrue(
        refusal(signedText().replace("\"alg\": \"ES256\"", "\"alg\": \"HS256\""))
            .contains("only ES256"));
  }

  @Test
  void certificateChainsAreRefused() {
    assertTrue(
        refusal(signedText().replace("\"header\": {", "\"header\": {\"x5c\": [\"MIIB\"], "))
            .contains("certificate chain"));
    assertTrue(
        refusal(signedText().replace("\"header\": {", "\"header\": {\"chain\": [\"MIIB\"], "))
            .contains("certificate chain"));
  }

  @Test
  void otherKeyTypesAreRefused() {
    assertTrue(
        refusal(signedText().replace("\"crv\": \"P-256\"", "\"crv\": \"P-384\""))
            .contains("P-256"));
  }

  @Test
  void aKeyOffTheCurveIsRefused() {
    String text = signedText();
    int at = text.indexOf("\"x\": \"") + "\"x\": \"".length();
    char c = text.charAt(at + 5);
    String moved = text.substring(0, at + 5) + (c == 'A' ? 'B' : 'A') + text.substring(at + 6);
    assertTrue(refusal(moved).contains("invalid key"), refusal(moved));
  }

  @Test
  void signaturesAreRequiredWhenTheArrayIsEmpty() {
    String text = signedText();
    String noSigs =
        text.substring(0, text.indexOf(", \"signatures\": [")) + ", \"signatures\": []}";
    assertTrue(refusal(noSigs).contains("no signatures"));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            Schema1SignaturesTest.class.getResourceAsStream("/schema1/" + name), name)) {
      return in.readAllBytes();
    }
  }
}
