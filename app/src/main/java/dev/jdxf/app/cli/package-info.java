/**
 * The wiring of the {@code jdxf} command line: a Dagger component over the CLI's commands, the
 * domain's use cases and the store {@code DXF_HOST} names. Vert.x is only started when a command
 * needs a store.
 */
@NullMarked
package dev.jdxf.app.cli;

import org.jspecify.annotations.NullMarked;
