package dev.jdxf.domain.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** The digest algorithms of the OCI image spec, each with its exact hex length. */
public enum DigestAlgorithm {
  SHA256("sha256", 64, "SHA-256"),
  SHA512("sha512", 128, "SHA-512");

  private final String wireName;
  private final int hexLength;
  private final String jcaName;

  DigestAlgorithm(String wireName, int hexLength, String jcaName) {
    this.wireName = wireName;
    this.hexLength = hexLength;
    this.jcaName = jcaName;
  }

  /** The name as it appears before the colon: {@code sha256}. */
  public String wireName() {
    return wireName;
  }

  public int hexLength() {
    return hexLength;
  }

  /** A fresh {@link MessageDigest} for this algorithm. */
  public MessageDigest newMessageDigest() {
    try {
      return MessageDigest.getInstance(jcaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(jcaName + " is required by every Java platform", e);
    }
  }

  /** Parses {@code sha256} or {@code sha512}; anything else is rejected. */
  public static DigestAlgorithm parse(String name) {
    for (DigestAlgorithm a : values()) {
      if (a.wireName.equals(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unsupported digest algorithm '" + name + "' (expected sha256 or sha512)");
  }

  @Override
  public String toString() {
    return wireName.toLowerCase(Locale.ROOT);
  }
}
