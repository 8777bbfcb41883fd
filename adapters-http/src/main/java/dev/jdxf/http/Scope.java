package dev.jdxf.http;

import dev.jdxf.domain.model.RepositoryName;
import java.util.List;

/**
 * The token scope a request needs ({@code repository:foo:pull,push}, {@code registry:catalog:*}),
 * or none. Several scopes are separated by spaces, as in a challenge.
 */
record Scope(String value) {
  static final Scope NONE = new Scope("");
  static final Scope CATALOG = new Scope("registry:catalog:*");

  static Scope pull(RepositoryName repository) {
    return repository(repository, List.of("pull"));
  }

  static Scope push(RepositoryName repository) {
    return repository(repository, List.of("pull", "push"));
  }

  static Scope delete(RepositoryName repository) {
    return repository(repository, List.of("delete"));
  }

  static Scope repository(RepositoryName repository, List<String> actions) {
    return new Scope("repository:" + repository + ":" + String.join(",", actions));
  }

  /** This scope and another, as one (for a mount: push here, pull there). */
  Scope and(Scope other) {
    if (isNone()) {
      return other;
    }
    return other.isNone() ? this : new Scope(value + " " + other.value);
  }

  boolean isNone() {
    return value.isEmpty();
  }

  /** Each scope, for one {@code scope} query parameter each. */
  List<String> parts() {
    return isNone() ? List.of() : List.of(value.trim().split("\\s+"));
  }

  @Override
  public String toString() {
    return value;
  }
}
