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
