@NullMarked
package dev.jdxf.domain.arch;

import org.jspecify.annotations.NullMarked;
