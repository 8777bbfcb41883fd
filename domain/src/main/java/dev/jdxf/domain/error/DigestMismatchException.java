package dev.jdxf.domain.error;

import dev.jdxf.domain.model.Digest;

/** Bytes whose digest is not the one expected. */
public final class DigestMismatchException extends JdxfException {
  private static final long serialVersionUID = 1L;

  private final Digest expected;
  private final Digest actual;

  public DigestMismatchException(String what, Digest expected, Digest actual) {
    super("digest mismatch for " + what + ": expected " + expected + ", got " + actual, null);
    this.expected = expected;
    this.actual = actual;
  }

  private DigestMismatchException(Digest expected, Digest actual, String message) {
    super(message, null);
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * Bytes whose count is not the size expected.
   *
   * @param received the count received, e.g. {@code "12"} or {@code "more than 10"}
   * @param actual the digest of the bytes received (up to where the stream stopped)
   */
  public static DigestMismatchException ofSize(
      String what, Digest expected, long expectedSize, String received, Digest actual) {
    return new DigestMismatchException(
        expected,
        actual,
        "size mismatch for "
            + what
            + ": expected "
            + expectedSize
            + " bytes with digest "
            + expected
            + ", got "
            + received
            + " bytes");
  }

  public Digest expected() {
    return expected;
  }

  public Digest actual() {
    return actual;
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.DIGEST_MISMATCH;
  }
}
