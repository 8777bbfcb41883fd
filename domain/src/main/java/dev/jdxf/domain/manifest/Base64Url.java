package dev.jdxf.domain.manifest;

import java.util.Base64;

/** JOSE base64url: no padding when writing; padding optional when reading. */
final class Base64Url {
  private Base64Url() {}

  static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Decodes; {@code IllegalArgumentException} when {@code text} is not base64url. */
  static byte[] decode(String text) {
    return Base64.getUrlDecoder().decode(text);
  }
}
