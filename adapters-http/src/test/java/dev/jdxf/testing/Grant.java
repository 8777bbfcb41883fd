package dev.jdxf.testing;

import java.util.List;
import java.util.Set;

/**
 * Decides which of the requested actions a caller of the {@link TokenService} gets for one scope.
 */
@FunctionalInterface
public interface Grant {
  /** The granted actions for the requested scope (a subset of its actions; may be empty). */
  List<String> actions(Scope requested);

  /** Every requested action on every scope. */
  static Grant everything() {
    return Scope::actions;
  }

  /** Nothing at all: tokens carry an empty access list. */
  static Grant nothing() {
    return requested -> List.of();
  }

  /**
   * Only these actions (e.g. {@code pull}) on repositories; {@code *} is granted only when listed.
   * Registry-wide scopes (the catalog) are granted as requested.
   */
  static Grant only(String... actions) {
    Set<String> allowed = Set.of(actions);
    return requested ->
        "registry".equals(requested.type())
            ? requested.actions()
            : requested.actions().stream().filter(allowed::contains).toList();
  }

  /** Only {@code registry:catalog:*}: what anonymous callers get by default. */
  static Grant catalogOnly() {
    return requested ->
        "registry".equals(requested.type()) && "catalog".equals(requested.name())
            ? requested.actions()
            : List.of();
  }
}
