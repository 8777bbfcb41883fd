package dev.jdxf.domain.error;

import org.jspecify.annotations.Nullable;

/** Credentials would travel over plain HTTP: refused ("Auth requires HTTPS"). */
public final class InsecureAuthException extends JdxfException {
  private static final long serialVersionUID = 1L;

  public InsecureAuthException(String message) {
    super(message, null);
  }

  public InsecureAuthException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INSECURE_AUTH;
  }
}
