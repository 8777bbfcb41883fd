package dev.jdxf.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A repository name in the distribution grammar: lower-case path components of {@code [a-z0-9]+}
 * joined by {@code .}, {@code _}, {@code __} or runs of {@code -}, separated by {@code /}, at most
 * 255 characters.
 */
public record RepositoryName(String value) {
  private static final Pattern NAME =
      Pattern.compile(
          "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");

  public RepositoryName {
    Objects.requireNonNull(value, "repository");
    if (value.isEmpty() || value.length() > 255 || !NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid repository name '"
              + value
              + "': use lower-case letters and digits in components separated by '/', joined by"
              + " '.', '_', '__' or '-', at most 255 characters");
    }
  }

  public static RepositoryName parse(String text) {
    return new RepositoryName(text);
  }

  /** The components between the slashes. */
  public String[] components() {
    return value.split("/");
  }

  @Override
  public String toString() {
    return value;
  }
}
