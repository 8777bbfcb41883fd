/**
 * Test harness for jdxf: runs the real {@code docker-registry} binary (CNCF distribution 2.8) in
 * plain, basic-auth-over-TLS and token-auth-over-TLS modes, with a test token service, a test PKI
 * and helpers to push real images with skopeo.
 */
@NullMarked
package dev.jdxf.testing;

import org.jspecify.annotations.NullMarked;
