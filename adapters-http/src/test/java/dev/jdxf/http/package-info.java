/** Tests of the registry adapter against the real registry. */
@NullMarked
package dev.jdxf.http;

import org.jspecify.annotations.NullMarked;
