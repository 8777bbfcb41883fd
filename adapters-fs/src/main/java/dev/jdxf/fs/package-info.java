/**
 * Local adapters: hashing and streaming local files, and an OCI image-layout store behind the
 * outbound ports. Only {@link dev.jdxf.fs.OciLayoutAdapters} is public.
 */
@NullMarked
package dev.jdxf.fs;

import org.jspecify.annotations.NullMarked;
