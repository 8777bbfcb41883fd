/**
 * The registry adapter: the outbound ports over the Docker / OCI distribution API, on Vert.x.
 * Public: {@link dev.jdxf.http.RegistryAdapters} and {@link dev.jdxf.http.RegistrySettings}.
 */
@NullMarked
package dev.jdxf.http;

import org.jspecify.annotations.NullMarked;
