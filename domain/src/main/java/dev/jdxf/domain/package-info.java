/** The jdxf domain: model, ports and use cases. Pure Java: no Vert.x, no I/O. */
@NullMarked
package dev.jdxf.domain;

import org.jspecify.annotations.NullMarked;
