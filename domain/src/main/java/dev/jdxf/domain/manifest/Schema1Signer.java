package dev.jdxf.domain.manifest;

import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the signed schema 1 manifest dxf/aiodxf write when a registry refuses schema 2 (answers
 * 400): the unsigned manifest exactly as dxf's {@code make_unsigned_manifest} writes it (blobs in
 * the order given, one {@code "{}"} history entry per blob), signed ES256 with a fresh P-256 key
 * and the signature inserted before the final {@code '}'}, as dxf's {@code _sign_manifest} does.
 */
public final class Schema1Signer {
  private Schema1Signer() {}

  /** The unsigned payload, byte-identical to dxf's (so registries give it the same digest). */
  public static String unsigned(RepositoryName repository, Alias alias, List<Digest> blobs) {
    if (blobs.isEmpty()) {
      throw new IllegalArgumentException("an alias needs at least one blob");
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("schemaVersion", 1);
    manifest.put("name", repository.value());
    manifest.put("tag", alias.name());
    manifest.put("fsLayers", blobs.stream().map(d -> Map.of("blobSum", d.toString())).toList());
    manifest.put("history", blobs.stream().map(d -> Map.of("v1Compatibility", "{}")).toList());
    return PythonJson.dumps(manifest);
  }

  /** The signed manifest for {@code blobs} under {@code alias}, with the signed schema 1 type. */
  public static RawManifest sign(RepositoryName repository, Alias alias, List<Digest> blobs) {
    return sign(unsigned(repository, alias, blobs), Es256.generate());
  }

  static RawManifest sign(String payload, KeyPair key) {
    int formatLength = payload.lastIndexOf('}');
    if (formatLength < 0) {
      throw new IllegalArgumentException("not a JSON object: " + payload);
    }
    String formatTail = payload.substring(formatLength);
    Map<String, Object> protectedHeader = new LinkedHashMap<>();
    protectedHeader.put("formatLength", formatLength);
    protectedHeader.put("formatTail", Base64Url.encode(ascii(formatTail)));
    String protected64 = Base64Url.encode(ascii(PythonJson.dumps(protectedHeader)));
    byte[] input = ascii(protected64 + "." + Base64Url.encode(ascii(payload)));
    byte[] signature = Es256.sign(key.getPrivate(), input);
    ECPublicKey pub = (ECPublicKey) key.getPublic();
    Map<String, Object> jwk = new LinkedHashMap<>();
    jwk.put("kty", "EC");
    jwk.put("crv", "P-256");
    jwk.put("x", Base64Url.encode(Es256.coordinate(pub.getW().getAffineX())));
    jwk.put("y", Base64Url.encode(Es256.coordinate(pub.getW().getAffineY())));
    Map<String, Object> sig = new LinkedHashMap<>();
    sig.put("header", Map.of("alg", "ES256", "jwk", jwk));
    sig.put("protected", protected64);
    sig.put("signature", Base64Url.encode(signature));
    String signed =
        payload.substring(0, formatLength)
            + ", \"signatures\": ["
            + PythonJson.dumps(sig)
            + "]"
            + formatTail;
    return RawManifest.of(signed.getBytes(StandardCharsets.UTF_8), MediaType.DOCKER_SCHEMA1_SIGNED);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
