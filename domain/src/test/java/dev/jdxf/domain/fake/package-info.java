@NullMarked
package dev.jdxf.domain.fake;

import org.jspecify.annotations.NullMarked;
