package dev.jdxf.testing;

import java.util.Arrays;
import java.util.List;

/**
 * A token scope, {@code type:name:actions}, as the registry names it in a challenge and a client
 * asks for it from the token service. The name may contain {@code :} (a host with a port), so the
 * text is split on its first and last colon.
 *
 * @param type e.g. {@code repository} or {@code registry}
 * @param name e.g. {@code foo/bar} or {@code catalog}
 * @param actions e.g. {@code [pull, push]}, {@code [*]}
 */
public record Scope(String type, String name, List<String> actions) {
  /** The scope the registry asks for to list repositories. */
  public static final Scope CATALOG = new Scope("registry", "catalog", List.of("*"));

  public Scope {
    actions = List.copyOf(actions);
  }

  /** A repository scope, e.g. {@code Scope.repository("foo/bar", "pull", "push")}. */
  public static Scope repository(String name, String... actions) {
    return new Scope("repository", name, List.of(actions));
  }

  /** Parses {@code type:name:a,b}; throws IllegalArgumentException when malformed. */
  public static Scope parse(String text) {
    int first = text.indexOf(':');
    int last = text.lastIndexOf(':');
    if (first <= 0 || last == first) {
      throw new IllegalArgumentException("not a scope (type:name:actions): " + text);
    }
    String actions = text.substring(last + 1);
    List<String> list =
        actions.isEmpty()
            ? List.of()
            : Arrays.stream(actions.split(",", -1)).filter(a -> !a.isEmpty()).toList();
    return new Scope(text.substring(0, first), text.substring(first + 1, last), list);
  }

  /** The same scope with other actions. */
  public Scope withActions(List<String> newActions) {
    return new Scope(type, name, newActions);
  }

  @Override
  public String toString() {
    return type + ":" + name + ":" + String.join(",", actions);
  }
}
