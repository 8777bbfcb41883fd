package dev.jdxf.domain.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The canonical payload of a signed schema 1 manifest (libtrust "pretty JWS"): the bytes before
 * {@code formatLength} followed by the decoded {@code formatTail} of the first signature.
 * Registries compute a signed schema 1 manifest's digest over this payload, not over the whole
 * body.
 */
public final class Schema1Payload {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Schema1Payload() {}

  /**
   * The payload of {@code raw}, or empty when {@code raw} carries no well-formed signature header.
   */
  public static Optional<byte[]> of(byte[] raw) {
    try {
      JsonNode signatures = JSON.readTree(raw).path("signatures");
      if (!signatures.isArray() || signatures.isEmpty()) {
        return Optional.empty();
      }
      JsonNode protectedNode = signatures.get(0).path("protected");
      if (!protectedNode.isTextual()) {
        return Optional.empty();
      }
      JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(protectedNode.asText()));
      JsonNode length = header.path("formatLength");
      JsonNode tail = header.path("formatTail");
      if (!length.canConvertToInt() || !length.isIntegralNumber() || !tail.isTextual()) {
        return Optional.empty();
      }
      int formatLength = length.asInt();
      if (formatLength < 0 || formatLength > raw.length) {
        return Optional.empty();
      }
      byte[] tailBytes = Base64.getUrlDecoder().decode(tail.asText());
      byte[] payload = new byte[formatLength + tailBytes.length];
      System.arraycopy(raw, 0, payload, 0, formatLength);
      System.arraycopy(tailBytes, 0, payload, formatLength, tailBytes.length);
      return Optional.of(payload);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The payload of {@code raw} as UTF-8 text, if any. */
  public static Optional<String> text(byte[] raw) {
    return of(raw).map(b -> new String(b, StandardCharsets.UTF_8));
  }
}
