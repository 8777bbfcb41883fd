package dev.jdxf.cli;

import dev.jdxf.domain.error.ErrorKind;

/** dxf's exit statuses, decided here and nowhere else. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;

  /** Wrong arguments (argparse's status) and ENOENT: something was not found. */
  public static final int USAGE = 2;

  public static final int NOT_FOUND = 2;

  /** EACCES: the store still refuses after authenticating. */
  public static final int UNAUTHORIZED = 13;

  private ExitCodes() {}

  /** The exit status for a failure of this kind. */
  public static int of(ErrorKind kind) {
    switch (kind) {
      case NOT_FOUND:
        return NOT_FOUND;
      case UNAUTHORIZED:
        return UNAUTHORIZED;
      case DIGEST_MISMATCH:
      case INSECURE_AUTH:
      case PLATFORM_NOT_FOUND:
      case MOUNT_FAILED:
      case INVALID_MANIFEST:
      case BAD_ARGUMENT:
      case REGISTRY_ERROR:
      case TRANSPORT:
      case STORAGE:
        return FAILURE;
    }
    return FAILURE;
  }
}
