/**
 * {@link java.util.concurrent.Flow} helpers for blob bytes: verifying, progress-reporting and
 * digesting wrappers that see each buffer once as it passes, and small-content utilities.
 */
@NullMarked
package dev.jdxf.domain.stream;

import org.jspecify.annotations.NullMarked;
