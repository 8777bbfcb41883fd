package dev.jdxf.domain.archfixture;

import io.vertx.core.Vertx;

/** Architecture-test fixture: a "domain" class that uses Vert.x. */
public final class VertxInTheDomain {
  private VertxInTheDomain() {}

  public static boolean onEventLoop() {
    return Vertx.currentContext() != null;
  }
}
