/**
 * Test harness for jdxf, shipped as the test-jar of {@code jdxf-adapters-http}.
 *
 * <p>{@link dev.jdxf.testing.RegistryExtension} runs the real {@code docker-registry} binary (CNCF
 * distribution 2.8) on a free loopback port, in one of three {@link dev.jdxf.testing.RegistryMode
 * modes}: plain HTTP; HTTPS with htpasswd Basic authentication; HTTPS with token authentication
 * against a {@link dev.jdxf.testing.TokenService} running in the test JVM. The TLS certificates
 * come from a {@link dev.jdxf.testing.TestPki} generated at test time.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RegistryExtension registry =
 *     RegistryExtension.of(RegistryMode.TOKEN_TLS, b -> b.user("reader", "pw", Grant.only("pull")));
 *
 * @Test
 * void something() throws Exception {
 *   HttpClient client = registry.newHttpClient(); // trusts the test CA
 *   client.send(HttpRequest.newBuilder(registry.uri("/v2/")).build(), BodyHandlers.ofString());
 *   registry.tokenService().lastRequest().scopes();
 * }
 * }</pre>
 *
 * <p>{@link dev.jdxf.testing.OciLayoutBuilder} and {@link dev.jdxf.testing.Skopeo} push real
 * (multi-platform) images. {@link dev.jdxf.testing.RegistryServer} is the same registry without
 * JUnit.
 */
@NullMarked
package dev.jdxf.testing;

import org.jspecify.annotations.NullMarked;
