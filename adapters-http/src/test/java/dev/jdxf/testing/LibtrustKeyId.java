package dev.jdxf.testing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * The key id that docker's libtrust computes for a public key, which the registry matches against a
 * token's {@code kid} header: SHA-256 of the DER SubjectPublicKeyInfo, first 30 bytes, base32 (RFC
 * 4648, no padding: 48 characters), in groups of four joined with {@code :}.
 */
public final class LibtrustKeyId {
  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  private LibtrustKeyId() {}

  /** The libtrust key id of the key, e.g. {@code ABCD:EFGH:...} (59 characters). */
  public static String of(PublicKey key) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String b32 = base32(Arrays.copyOf(digest, 30));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < b32.length(); i += 4) {
      if (i > 0) {
        out.append(':');
      }
      out.append(b32, i, i + 4);
    }
    return out.toString();
  }

  /** RFC 4648 base32 without padding; the input length must be a multiple of 5 bytes. */
  static String base32(byte[] bytes) {
    if (bytes.length % 5 != 0) {
      throw new IllegalArgumentException("length must be a multiple of 5: " + bytes.length);
    }
    StringBuilder out = new StringBuilder(bytes.length * 8 / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET[(buffer >> (bits - 5)) & 0x1f]);
        bits -= 5;
      }
    }
    return out.toString();
  }
}
