@NullMarked
package dev.jdxf.domain.manifest;

import org.jspecify.annotations.NullMarked;
