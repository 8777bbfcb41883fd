@NullMarked
package dev.jdxf.domain.model;

import org.jspecify.annotations.NullMarked;
