package dev.jdxf.domain.error;

import dev.jdxf.domain.model.Digest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Bytes whose digest is not the one expected. */
public final class DigestMismatchException extends JdxfException {
  private static final long serialVersionUID = 1L;

  private final Digest expected;
  private final @Nullable Digest actual;

  public DigestMismatchException(String what, Digest expected, Digest actual) {
    super("digest mismatch for " + what + ": expected " + expected + ", got " + actual, null);
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * Bytes a store refused as not matching {@code expected}, where what they hashed to is not known
   * (a registry checks the digest of an upload itself; the client need not hash it again).
   *
   * @param refusal who refused and how, e.g. {@code "registry r refused it (DIGEST_INVALID)"}
   */
  public static DigestMismatchException refused(String what, Digest expected, String refusal) {
    return new DigestMismatchException(
        expected, null, "digest mismatch for " + what + ": expected " + expected + ", " + refusal);
  }

  private DigestMismatchException(Digest expected, @Nullable Digest actual, String message) {
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

  /** The digest of the bytes, when it is known. */
  public Optional<Digest> actual() {
    return Optional.ofNullable(actual);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.DIGEST_MISMATCH;
  }
}
