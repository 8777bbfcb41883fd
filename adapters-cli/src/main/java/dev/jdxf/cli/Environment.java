package dev.jdxf.cli;

import java.util.Map;
import java.util.Optional;

/** The environment variables the command line reads, behind one seam so tests can supply them. */
@FunctionalInterface
public interface Environment {

  /** The value of {@code name}, or empty when it is not set. */
  Optional<String> get(String name);

  /** True when {@code name} is set to exactly {@code 1} (dxf's switches). */
  default boolean isOne(String name) {
    return get(name).filter("1"::equals).isPresent();
  }

  /** The process environment. */
  static Environment system() {
    return of(System.getenv());
  }

  /** A fixed environment (tests, embedding). */
  static Environment of(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(variables);
    return name -> Optional.ofNullable(copy.get(name));
  }
}
