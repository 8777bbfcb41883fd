package dev.jdxf.domain.stream;

import java.util.concurrent.Flow;

/** A subscription for a subscriber that is about to be told of an error: requests do nothing. */
enum NoSubscription implements Flow.Subscription {
  INSTANCE;

  @Override
  public void request(long n) {}

  @Override
  public void cancel() {}
}
