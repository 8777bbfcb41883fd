package dev.jdxf.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When a cached token is renewed: a little before it expires, never when set directly. */
class TokenCacheTest {
  private static final Scope PULL = new Scope("repository:fred/data:pull");
  private static final TokenCache.TokenRequest REQUEST =
      new TokenCache.TokenRequest(
          new Challenge("bearer", Map.of("realm", "https://auth.example/token")), PULL, false);

  private final AtomicLong nanos = new AtomicLong(1_000);
  private final TokenCache cache = new TokenCache(Optional.empty(), nanos::get);

  private void at(Duration sinceStart) {
    nanos.set(1_000 + sinceStart.toNanos());
  }

  @Test
  void aFiveMinuteTokenIsRenewedHalfAMinuteBeforeItExpires() {
    cache.put(PULL, "t1", Duration.ofMinutes(5), cache.now(), REQUEST);
    at(Duration.ofSeconds(269));
    assertEquals(Optional.of("t1"), cache.forScope(PULL));
    assertEquals(Optional.empty(), cache.dueForRenewal(PULL));
    at(Duration.ofSeconds(270));
    assertEquals(Optional.empty(), cache.forScope(PULL), "not sent as it is");
    assertEquals(
        List.of("t1"), cache.dueForRenewal(PULL).stream().map(TokenCache.Cached::value).toList());
    assertEquals(REQUEST, cache.dueForRenewal(PULL).orElseThrow().request(), "how to renew it");
  }

  @Test
  void aShortLivedTokenIsRenewedInItsLastQuarter() {
    cache.put(PULL, "t1", Duration.ofSeconds(4), cache.now(), REQUEST);
    at(Duration.ofMillis(2_999));
    assertEquals(Optional.of("t1"), cache.forScope(PULL));
    at(Duration.ofSeconds(3));
    assertEquals(Optional.empty(), cache.forScope(PULL));
  }

  @Test
  void theLifetimeCountsFromWhenTheTokenWasAskedFor() {
    long asked = cache.now();
    at(Duration.ofSeconds(20)); // a slow token service
    cache.put(PULL, "t1", Duration.ofSeconds(60), asked, REQUEST);
    at(Duration.ofSeconds(44));
    assertEquals(Optional.of("t1"), cache.forScope(PULL));
    at(Duration.ofSeconds(45));
    assertEquals(Optional.empty(), cache.forScope(PULL));
  }

  @Test
  void aRenewedTokenReplacesTheOld() {
    cache.put(PULL, "t1", Duration.ofSeconds(60), cache.now(), REQUEST);
    at(Duration.ofSeconds(50));
    cache.put(PULL, "t2", Duration.ofSeconds(60), cache.now(), REQUEST);
    assertEquals(Optional.of("t2"), cache.forScope(PULL));
    assertEquals(Optional.of("t2"), cache.current());
    assertEquals(Optional.empty(), cache.dueForRenewal(PULL));
  }

  @Test
  void aTokenSetDirectlyIsNeverRenewed() {
    TokenCache direct = new TokenCache(Optional.of("given"), nanos::get);
    direct.put(PULL, "t1", Duration.ofSeconds(4), direct.now(), REQUEST);
    at(Duration.ofDays(1));
    assertEquals(Optional.of("given"), direct.forScope(PULL));
    assertEquals(Optional.empty(), direct.dueForRenewal(PULL));
  }
}
