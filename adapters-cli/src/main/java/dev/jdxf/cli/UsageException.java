package dev.jdxf.cli;

/**
 * Wrong arguments: reported with the command's usage line and exit status 2, as dxf's argparse
 * does. The message is one of dxf's words ({@code too few arguments}, {@code too many arguments},
 * {@code invalid alias}) or says which argument is malformed.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String TOO_FEW = "too few arguments";
  static final String TOO_MANY = "too many arguments";
  static final String INVALID_ALIAS = "invalid alias";

  UsageException(String message) {
    super(message);
  }
}
