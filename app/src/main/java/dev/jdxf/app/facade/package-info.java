/**
 * The embeddable jdxf facade for Vert.x applications: {@link dev.jdxf.app.facade.Jdxf} creates a
 * {@link dev.jdxf.app.facade.JdxfRegistry} on the caller's {@code Vertx}; every operation returns a
 * Vert.x {@code Future} and never blocks an event-loop thread.
 */
@NullMarked
package dev.jdxf.app.facade;

import org.jspecify.annotations.NullMarked;
