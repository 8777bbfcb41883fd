package dev.jdxf.testing;

/**
 * A tool the harness runs (docker-registry, skopeo) is not installed. The message is one line with
 * the install command; the exception has no stack trace so that reports show just that line.
 */
public final class MissingToolException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The message when the registry binary cannot be found. */
  public static final String DOCKER_REGISTRY =
      "docker-registry not found: install it with 'apt-get install -y docker-registry'"
          + " (Debian package of the CNCF distribution registry)";

  /** The message when skopeo cannot be found. */
  public static final String SKOPEO =
      "skopeo not found: install it with 'apt-get install -y skopeo'";

  public MissingToolException(String message) {
    super(message);
    setStackTrace(new StackTraceElement[0]);
  }
}
