package dev.jdxf.domain.error;

import org.jspecify.annotations.Nullable;

/** The registry still refuses the request after authenticating (401 or 403). */
public final class UnauthorizedException extends JdxfException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String message) {
    super(message, null);
  }

  public UnauthorizedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.UNAUTHORIZED;
  }
}
