@NullMarked
package dev.jdxf.domain.contract;

import org.jspecify.annotations.NullMarked;
