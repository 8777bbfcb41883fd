package dev.jdxf.http;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The bearer tokens of one adapter instance, by scope, shared by all its ports, each with when it
 * is due for renewal; and the token set directly, which wins over every cached one and is never
 * renewed.
 */
final class TokenCache {
  /** The distribution spec's lifetime of a token whose answer gives no {@code expires_in}. */
  static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);

  /** Renewal starts this long before expiry at most (a quarter of the lifetime for short ones). */
  static final Duration MAX_MARGIN = Duration.ofSeconds(30);

  /**
   * A token and how to ask for it again.
   *
   * @param value the token
   * @param renewAtNanos on the cache's clock, when it is due for renewal
   * @param request the challenge and scopes it was obtained for, to obtain the next one
   */
  record Cached(String value, long renewAtNanos, TokenRequest request) {
    Cached {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(request, "request");
    }
  }

  /**
   * What a token was asked for with: the registry's challenge, the scope asked for, and whether
   * that scope was forced over the challenge's (dxf's {@code auth <repo> <actions>}).
   */
  record TokenRequest(Challenge challenge, Scope scope, boolean forced) {
    TokenRequest {
      Objects.requireNonNull(challenge, "challenge");
      Objects.requireNonNull(scope, "scope");
    }
  }

  private final Map<String, Cached> byScope = new ConcurrentHashMap<>();
  private final LongSupplier clock;
  private volatile @Nullable String direct;
  private volatile @Nullable String latest;

  TokenCache(Optional<String> direct) {
    this(direct, System::nanoTime);
  }

  /**
   * @param clock nanoseconds, as {@link System#nanoTime()}
   */
  TokenCache(Optional<String> direct, LongSupplier clock) {
    this.direct = direct.orElse(null);
    this.clock = clock;
  }

  /** The token set directly, or a cached one for {@code scope} that is not due for renewal. */
  Optional<String> forScope(Scope scope) {
    String d = direct;
    if (d != null) {
      return Optional.of(d);
    }
    Cached cached = byScope.get(scope.value());
    if (cached == null || dueForRenewal(cached)) {
      return Optional.empty();
    }
    return Optional.of(cached.value());
  }

  /**
   * The token cached for {@code scope} when it is due for renewal; empty when there is none, it is
   * still fresh, or a token was set directly.
   */
  Optional<Cached> dueForRenewal(Scope scope) {
    if (direct != null) {
      return Optional.empty();
    }
    Cached cached = byScope.get(scope.value());
    if (cached == null || !dueForRenewal(cached)) {
      return Optional.empty();
    }
    return Optional.of(cached);
  }

  /**
   * Caches {@code token}, which lives {@code lifetime} from {@code obtainedAtNanos} (the moment it
   * was asked for, on this cache's {@link #now() clock}), for {@code scope}.
   */
  void put(
      Scope scope, String token, Duration lifetime, long obtainedAtNanos, TokenRequest request) {
    long margin = Math.min(MAX_MARGIN.toNanos(), lifetime.toNanos() / 4);
    long renewAt = obtainedAtNanos + lifetime.toNanos() - margin;
    byScope.put(scope.value(), new Cached(token, renewAt, request));
    latest = token;
  }

  /** Now, on this cache's clock. */
  long now() {
    return clock.getAsLong();
  }

  private boolean dueForRenewal(Cached cached) {
    return now() - cached.renewAtNanos() >= 0;
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
