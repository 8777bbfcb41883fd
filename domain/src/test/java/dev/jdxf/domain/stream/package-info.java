@NullMarked
package dev.jdxf.domain.stream;

import org.jspecify.annotations.NullMarked;
