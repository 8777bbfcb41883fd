package dev.jdxf.domain.error;

import org.jspecify.annotations.Nullable;

/** A cross-repository mount did not happen. */
public final class MountFailedException extends JdxfException {
  private static final long serialVersionUID = 1L;

  public MountFailedException(String message) {
    super(message, null);
  }

  public MountFailedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.MOUNT_FAILED;
  }
}
