package dev.jdxf.app.facade;

import io.vertx.core.Future;

/** What the facade created and must close (its HTTP client), never the caller's {@code Vertx}. */
@FunctionalInterface
interface OwnedResources {
  OwnedResources NONE = () -> Future.succeededFuture();

  Future<Void> close();
}
