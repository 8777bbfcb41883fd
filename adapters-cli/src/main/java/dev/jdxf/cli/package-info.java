/**
 * The jdxf command line: one picocli command per dxf command, talking to the domain's use cases
 * only. {@link dev.jdxf.cli.CliModule} is the entry point for the wiring.
 */
@NullMarked
package dev.jdxf.cli;

import org.jspecify.annotations.NullMarked;
