package dev.jdxf.domain.error;

import org.jspecify.annotations.Nullable;

/** A platform asked for is not listed in a multi-platform alias. */
public final class PlatformNotFoundException extends JdxfException {
  private static final long serialVersionUID = 1L;

  public PlatformNotFoundException(String message) {
    super(message, null);
  }

  public PlatformNotFoundException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.PLATFORM_NOT_FOUND;
  }
}
