package dev.jdxf.domain.error;

import org.jspecify.annotations.Nullable;

/**
 * Every failure jdxf reports. The message is one line in the user's words: which blob, alias or
 * registry, and what happened.
 */
public abstract sealed class JdxfException extends RuntimeException
    permits NotFoundException,
        UnauthorizedException,
        DigestMismatchException,
        InsecureAuthException,
        PlatformNotFoundException,
        MountFailedException,
        InvalidManifestException,
        BadArgumentException,
        RegistryException,
        TransportException,
        StorageException {

  private static final long serialVersionUID = 1L;

  protected JdxfException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  public abstract ErrorKind kind();

  /** Finds the jdxf error inside wrappers such as {@code CompletionException}, if any. */
  public static @Nullable JdxfException unwrap(@Nullable Throwable t) {
    Throwable cur = t;
    for (int depth = 0; cur != null && depth < 16; depth++) {
      if (cur instanceof JdxfException j) {
        return j;
      }
      cur = cur.getCause();
    }
    return null;
  }
}
