package dev.jdxf.domain.model;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A content digest such as {@code sha256:<64 lower-case hex>}. Parsed once and validated per
 * algorithm; {@link #toString()} gives the wire form.
 */
public record Digest(DigestAlgorithm algorithm, String hex) implements Reference {

  public Digest {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(hex, "hex");
    if (hex.length() != algorithm.hexLength()) {
      throw new IllegalArgumentException(
          "invalid digest '"
              + algorithm.wireName()
              + ":"
              + hex
              + "': "
              + algorithm.wireName()
              + " needs "
              + algorithm.hexLength()
              + " hex characters, got "
              + hex.length());
    }
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        throw new IllegalArgumentException(
            "invalid digest '"
                + algorithm.wireName()
                + ":"
                + hex
                + "': only lower-case hex characters are allowed");
      }
    }
  }

  /** Parses the wire form {@code algorithm:hex}. */
  public static Digest parse(String text) {
    Objects.requireNonNull(text, "digest");
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "invalid digest '" + text + "': expected <algorithm>:<hex>, e.g. sha256:<64 hex>");
    }
    return new Digest(DigestAlgorithm.parse(text.substring(0, colon)), text.substring(colon + 1));
  }

  /** True when {@code text} is a well-formed digest. */
  public static boolean isDigest(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The digest of a finished {@link MessageDigest} computation. */
  public static Digest of(DigestAlgorithm algorithm, byte[] digestBytes) {
    return new Digest(algorithm, HexFormat.of().formatHex(digestBytes));
  }

  /** The SHA-256 digest of {@code bytes}. */
  public static Digest sha256(byte[] bytes) {
    return of(DigestAlgorithm.SHA256, DigestAlgorithm.SHA256.newMessageDigest().digest(bytes));
  }

  /** The digest of {@code bytes} with this digest's algorithm. */
  public boolean matches(byte[] bytes) {
    MessageDigest md = algorithm.newMessageDigest();
    return of(algorithm, md.digest(bytes)).equals(this);
  }

  /** dxf's {@code split_digest}: the algorithm name and the hex part. */
  public String[] split() {
    return new String[] {algorithm.wireName(), hex};
  }

  /** The first characters of the wire form, as dxf labels progress bars ({@code sha256:a}). */
  public String shortLabel() {
    return toString().substring(0, 8);
  }

  @Override
  public String toString() {
    return algorithm.wireName() + ":" + hex;
  }
}
