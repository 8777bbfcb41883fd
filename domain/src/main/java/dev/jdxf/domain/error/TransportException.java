package dev.jdxf.domain.error;

import org.jspecify.annotations.Nullable;

/** The connection failed: refused, reset, timed out, or TLS could not be established. */
public final class TransportException extends JdxfException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message) {
    super(message, null);
  }

  public TransportException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.TRANSPORT;
  }
}
