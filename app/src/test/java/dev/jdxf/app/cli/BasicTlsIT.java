package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.RegistryExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An HTTPS registry with HTTP Basic authentication: credentials, TLS trust, exit status 13. */
class BasicTlsIT {
  @RegisterExtension static final RegistryExtension registry = RegistryExtension.basicTls();

  @TempDir Path dir;

  @Test
  void userAndPasswordOverVerifiedTls() {
    byte[] content = Blobs.random(50_000, 11);
    Path file = Blobs.write(dir, "blob", content);
    CliProcess jdxf = CliProcess.of(registry);
    assertEquals(
        Blobs.sha256(content) + "\n",
        jdxf.run("push-blob", "basic/creds", file.toString(), "@x").ok().out());
    assertArrayEquals(content, jdxf.run("pull-blob", "basic/creds", "@x").ok().stdout());
    assertEquals("", jdxf.run("auth", "basic/creds", "pull").ok().out(), "no token with Basic");
  }

  @Test
  void aReadyAuthorizationHeader() {
    byte[] content = Blobs.text("authorization header\n");
    Path file = Blobs.write(dir, "blob", content);
    CliProcess jdxf =
        CliProcess.of(registry)
            .without("DXF_USERNAME")
            .without("DXF_PASSWORD")
            .with("DXF_AUTHORIZATION", registry.basicAuthorization());
    jdxf.run("push-blob", "basic/header", file.toString()).ok();
    assertEquals(
        content.length + "\n",
        jdxf.run("blob-size", "basic/header", Blobs.sha256(content)).ok().out());
  }

  @Test
  void wrongPasswordExitsWith13() {
    CliProcess.Result r =
        CliProcess.of(registry).with("DXF_PASSWORD", "wrong").run("list-aliases", "basic/none");
    assertEquals(13, r.status(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.stderr().startsWith("jdxf: "), r::toString);
    assertEquals(1, r.stderr().lines().count(), r::toString);
  }

  @Test
  void noCredentialsExitsWith13() {
    CliProcess.Result r =
        CliProcess.of(registry).without("DXF_USERNAME").without("DXF_PASSWORD").run("list-repos");
    assertEquals(13, r.status(), r::toString);
  }

  @Test
  void skipTlsVerifyTrustsAnyCertificate() {
    CliProcess jdxf = CliProcess.of(registry).without("DXF_TLSVERIFY");
    CliProcess.Result untrusted = jdxf.run("list-repos");
    assertEquals(1, untrusted.status(), untrusted::toString);
    assertEquals("", untrusted.out());
    assertTrue(untrusted.stderr().startsWith("jdxf: "), untrusted::toString);
    assertEquals(1, untrusted.stderr().lines().count(), untrusted::toString);

    Path file = Blobs.write(dir, "blob", Blobs.text("skip verify\n"));
    jdxf.with("DXF_SKIPTLSVERIFY", "1").run("push-blob", "basic/skip", file.toString()).ok();
  }

  /**
   * A command that reaches a registry over TLS has the JDK's TLS client warmed up on a thread of
   * its own ({@code TlsWarmUp}), with the same output; over plain HTTP ({@code DXF_INSECURE=1})
   * there is none, even when the registry is asked over TLS anyway and the command fails.
   */
  @Test
  void onlyATlsRegistryCommandWarmsUpTheJdksTlsClient() throws IOException {
    byte[] content = Blobs.text("tls warm-up\n");
    Path file = Blobs.write(dir, "blob", content);
    CliProcess jdxf = CliProcess.of(registry);
    jdxf.run("push-blob", "basic/warm", file.toString()).ok();
    String warmUp = "Initializing 'dev/jdxf/app/cli/TlsWarmUp' ";

    Path log = Files.createTempFile(dir, "classes", ".log");
    CliProcess.Result r =
        jdxf.with("JDXF_JAVA_OPTS", "-Xlog:class+init=info:file=" + log)
            .run("blob-size", "basic/warm", Blobs.sha256(content))
            .ok();
    assertEquals(content.length + "\n", r.out());
    assertEquals("", r.stderr());
    assertTrue(Files.readString(log).contains(warmUp), "the TLS warm-up ran");

    Path plainLog = Files.createTempFile(dir, "classes", ".log");
    CliProcess.Result plain =
        jdxf.with("DXF_INSECURE", "1")
            .with("JDXF_JAVA_OPTS", "-Xlog:class+init=info:file=" + plainLog)
            .run("blob-size", "basic/warm", Blobs.sha256(content));
    assertEquals(1, plain.status(), plain::toString);
    assertFalse(Files.readString(plainLog).contains(warmUp), "no TLS warm-up over plain HTTP");
  }
}
