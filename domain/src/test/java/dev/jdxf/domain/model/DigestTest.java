package dev.jdxf.domain.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestTest {
  static final String EMPTY_SHA256 =
      "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void parsesAndPrintsSha256AndSha512() {
    Digest d = Digest.parse(EMPTY_SHA256);
    assertEquals(DigestAlgorithm.SHA256, d.algorithm());
    assertEquals(EMPTY_SHA256, d.toString());
    String sha512 = "sha512:" + "0f".repeat(64);
    assertEquals(DigestAlgorithm.SHA512, Digest.parse(sha512).algorithm());
    assertEquals(sha512, Digest.parse(sha512).toString());
  }

  @Test
  void hashesBytes() {
    assertEquals(Digest.parse(EMPTY_SHA256), Digest.sha256(new byte[0]));
    Digest abc = Digest.sha256("abc".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", abc.toString());
    assertTrue(abc.matches("abc".getBytes(StandardCharsets.UTF_8)));
    assertFalse(abc.matches("abd".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void splitsAndLabelsLikeDxf() {
    Digest d = Digest.parse(EMPTY_SHA256);
    assertArrayEquals(new String[] {"sha256", EMPTY_SHA256.substring(7)}, d.split());
    assertEquals("sha256:e", d.shortLabel());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sha256:../x",
        "sha256:../../../../etc/passwd",
        "sha256:abc",
        "sha256:" + "a" + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "sha256:E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
        "SHA256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "md5:d41d8cd98f00b204e9800998ecf8427e",
        "sha384:" + "a",
        "sha512:" + "a",
        "",
        ":",
        "sha256:",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "sha256 :e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
      })
  void rejectsMalformedDigests(String text) {
    assertThrows(IllegalArgumentException.class, () -> Digest.parse(text));
    assertFalse(Digest.isDigest(text));
  }
}
