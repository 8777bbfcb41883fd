/**
 * The use cases of {@code port.in} implemented over the outbound ports. Plain constructors: the
 * application wires them (see {@link dev.jdxf.domain.service.UseCases}).
 */
@NullMarked
package dev.jdxf.domain.service;

import org.jspecify.annotations.NullMarked;
