/** Runnable examples quoted by the jdxf documentation. */
@NullMarked
package dev.jdxf.docs;

import org.jspecify.annotations.NullMarked;
