package dev.jdxf.domain.manifest;

import static dev.jdxf.domain.manifest.JsonFields.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Locale;

/**
 * Verifies the JWS signatures of a signed schema 1 manifest (libtrust "pretty JWS"), as aiodxf
 * does: each signature is ES256 by the P-256 key in its {@code header.jwk}; {@code alg: none},
 * other algorithms and certificate chains are refused. The signed payload is the body up to the
 * protected header's {@code formatLength} plus its decoded {@code formatTail}.
 */
public final class Schema1Signatures {
  private Schema1Signatures() {}

  /** Verifies every signature of {@code raw}; fails with {@code InvalidManifestException}. */
  public static void verify(byte[] raw) {
    verify(raw, ManifestParser.readObject(raw));
  }

  static void verify(byte[] raw, JsonNode root) {
    JsonNode signatures = root.get("signatures");
    if (signatures == null || !signatures.isArray() || signatures.isEmpty()) {
      throw invalid("schema 1 manifest has no signatures");
    }
    byte[] payload = null;
    for (int i = 0; i < signatures.size(); i++) {
      byte[] signed = verifyOne(raw, signatures.get(i), "schema 1 signature " + i);
      if (payload != null && !Arrays.equals(payload, signed)) {
        throw invalid("schema 1 signatures sign different payloads");
      }
      payload = signed;
    }
  }

  /** Verifies one signature; returns the payload it signs. */
  private static byte[] verifyOne(byte[] raw, JsonNode sig, String where) {
    if (!sig.isObject()) {
      throw invalid(where + " is not an object");
    }
    JsonNode header = JsonFields.requiredObject(sig, "header", where);
    String alg = JsonFields.requiredText(header, "alg", where + " header");
    if (alg.toLowerCase(Locale.ROOT).equals("none")) {
      throw invalid(where + " uses alg 'none', which is refused");
    }
    if (!alg.equals("ES256")) {
      throw invalid(where + " uses alg '" + alg + "'; only ES256 is supported");
    }
    if (present(header, "chain") || present(header, "x5c")) {
      throw invalid(where + " uses a certificate chain (x5c), which is not supported");
    }
    ECPublicKey key = jwk(JsonFields.requiredObject(header, "jwk", where + " header"), where);
    String protected64 = JsonFields.requiredText(sig, "protected", where);
    byte[] payload = payload(raw, protected64, where);
    byte[] signature = decode(JsonFields.requiredText(sig, "signature", where), where);
    byte[] input =
        (protected64 + "." + Base64Url.encode(payload)).getBytes(StandardCharsets.US_ASCII);
    boolean ok;
    try {
      ok = Es256.verify(key, input, signature);
    } catch (GeneralSecurityException e) {
      ok = false;
    }
    if (!ok) {
      throw invalid(where + " does not verify: the manifest or its signature was altered");
    }
    return payload;
  }

  private static boolean present(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull() && !(v.isArray() && v.isEmpty());
  }

  private static ECPublicKey jwk(JsonNode jwk, String where) {
    String kty = JsonFields.requiredText(jwk, "kty", where + " jwk");
    String crv = JsonFields.requiredText(jwk, "crv", where + " jwk");
    if (!kty.equals("EC") || !crv.equals("P-256")) {
      throw invalid(where + " has a " + kty + "/" + crv + " key; only EC P-256 is supported");
    }
    byte[] x = decode(JsonFields.requiredText(jwk, "x", where + " jwk"), where);
    byte[] y = decode(JsonFields.requiredText(jwk, "y", where + " jwk"), where);
    try {
      return Es256.publicKey(x, y);
    } catch (GeneralSecurityException e) {
      throw invalid(where + " has an invalid key: " + e.getMessage());
    }
  }

  private static byte[] payload(byte[] raw, String protected64, String where) {
    JsonNode header;
    try {
      header = JsonTrees.read(decode(protected64, where));
    } catch (IOException e) {
      throw invalid(where + " has a protected header that is not JSON");
    }
    JsonNode length = header == null ? null : header.get("formatLength");
    JsonNode tail = header == null ? null : header.get("formatTail");
    if (length == null
        || !length.isIntegralNumber()
        || !length.canConvertToInt()
        || tail == null
        || !tail.isTextual()) {
      throw invalid(where + " needs formatLength and formatTail in its protected header");
    }
    int formatLength = length.asInt();
    if (formatLength < 0 || formatLength > raw.length) {
      throw invalid(where + " has formatLength " + formatLength + " outside the manifest");
    }
    byte[] tailBytes = decode(tail.asText(), where);
    byte[] payload = Arrays.copyOf(raw, formatLength + tailBytes.length);
    System.arraycopy(tailBytes, 0, payload, formatLength, tailBytes.length);
    return payload;
  }

  private static byte[] decode(String base64url, String where) {
    try {
      return Base64Url.decode(base64url);
    } catch (IllegalArgumentException e) {
      throw invalid(where + " has a value that is not base64url");
    }
  }
}
