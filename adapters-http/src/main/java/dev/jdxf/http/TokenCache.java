package dev.jdxf.http;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The bearer tokens of one adapter instance, by scope, shared by all its ports; and the token set
 * directly, which wins over every cached one.
 */
final class TokenCache {
  private final Map<String, String> byScope = new ConcurrentHashMap<>();
  private volatile @Nullable String direct;
  private volatile @Nullable String latest;

  TokenCache(Optional<String> direct) {
    this.direct = direct.orElse(null);
  }

  Optional<String> forScope(Scope scope) {
    String d = direct;
    if (d != null) {
      return Optional.of(d);
    }
    return Optional.ofNullable(byScope.get(scope.value()));
  }

  void put(Scope scope, String token) {
    byScope.put(scope.value(), token);
    latest = token;
  }

  void useDirectly(String token) {
    direct = token;
  }

  /** The token set directly, else the one most recently obtained. */
  Optional<String> current() {
    String d = direct;
    return Optional.ofNullable(d != null ? d : latest);
  }
}
