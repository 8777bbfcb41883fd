package dev.jdxf.domain.error;

import org.jspecify.annotations.Nullable;

/** A blob, alias, manifest or repository that does not exist (registry 404). */
public final class NotFoundException extends JdxfException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message, null);
  }

  public NotFoundException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.NOT_FOUND;
  }
}
