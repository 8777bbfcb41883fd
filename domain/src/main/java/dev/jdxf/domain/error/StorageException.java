package dev.jdxf.domain.error;

import org.jspecify.annotations.Nullable;

/** Local storage failed: a full disk, a permission, a lock. */
public final class StorageException extends JdxfException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message, null);
  }

  public StorageException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.STORAGE;
  }
}
