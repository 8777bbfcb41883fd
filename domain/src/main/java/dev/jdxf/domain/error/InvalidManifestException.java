package dev.jdxf.domain.error;

import org.jspecify.annotations.Nullable;

/** A manifest that is malformed, contradictory, too large or of an unsupported type. */
public final class InvalidManifestException extends JdxfException {
  private static final long serialVersionUID = 1L;

  public InvalidManifestException(String message) {
    super(message, null);
  }

  public InvalidManifestException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_MANIFEST;
  }
}
