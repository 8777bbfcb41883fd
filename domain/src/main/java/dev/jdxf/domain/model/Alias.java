package dev.jdxf.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** An alias, the name dxf gives to a tag: {@code [A-Za-z0-9_][A-Za-z0-9._-]{0,127}}. */
public record Alias(String name) implements Reference {
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");

  public Alias {
    Objects.requireNonNull(name, "alias");
    if (!TAG.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "invalid alias '"
              + name
              + "': an alias is 1 to 128 of [A-Za-z0-9._-] and does not start with '.' or '-'");
    }
  }

  public static Alias parse(String text) {
    return new Alias(text);
  }

  /** Parses the command-line form {@code @name}. */
  public static Alias parseArgument(String text) {
    if (!text.startsWith("@")) {
      throw new IllegalArgumentException("invalid alias");
    }
    return new Alias(text.substring(1));
  }

  @Override
  public String toString() {
    return name;
  }
}
