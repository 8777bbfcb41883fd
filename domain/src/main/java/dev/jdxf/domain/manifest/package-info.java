/**
 * Reading and writing manifest bytes: the parser (with its rejections), schema 1 JWS signatures,
 * and the exact manifest dxf's set-alias writes.
 */
@NullMarked
package dev.jdxf.domain.manifest;

import org.jspecify.annotations.NullMarked;
