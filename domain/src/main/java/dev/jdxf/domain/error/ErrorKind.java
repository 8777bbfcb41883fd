package dev.jdxf.domain.error;

/** What went wrong, in the categories dxf users see as exit codes. */
public enum ErrorKind {
  NOT_FOUND,
  UNAUTHORIZED,
  DIGEST_MISMATCH,
  INSECURE_AUTH,
  PLATFORM_NOT_FOUND,
  MOUNT_FAILED,
  INVALID_MANIFEST,
  BAD_ARGUMENT,
  REGISTRY_ERROR,
  TRANSPORT,
  STORAGE
}
