package dev.jdxf.domain.error;

import org.jspecify.annotations.Nullable;

/** An argument the user gave is not valid. */
public final class BadArgumentException extends JdxfException {
  private static final long serialVersionUID = 1L;

  public BadArgumentException(String message) {
    super(message, null);
  }

  public BadArgumentException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.BAD_ARGUMENT;
  }
}
