package dev.jdxf.domain.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A platform, printed the dxf way: {@code os/architecture} plus {@code /variant} when present. */
public record Platform(String os, String architecture, Optional<String> variant) {
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9._-]+");

  public Platform {
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(variant, "variant");
    check(os, "os");
    check(architecture, "architecture");
    variant.ifPresent(v -> check(v, "variant"));
  }

  private static void check(String part, String what) {
    if (!PART.matcher(part).matches()) {
      throw new IllegalArgumentException("invalid platform " + what + " '" + part + "'");
    }
  }

  public static Platform of(String os, String architecture) {
    return new Platform(os, architecture, Optional.empty());
  }

  /** Parses {@code os/arch} or {@code os/arch/variant}. */
  public static Platform parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException(
          "invalid platform '" + text + "': expected os/arch or os/arch/variant");
    }
    return new Platform(
        parts[0], parts[1], parts.length == 3 ? Optional.of(parts[2]) : Optional.empty());
  }

  @Override
  public String toString() {
    return os + "/" + architecture + variant.map(v -> "/" + v).orElse("");
  }
}
