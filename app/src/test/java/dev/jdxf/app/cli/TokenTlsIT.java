package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.Grant;
import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.RegistryMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An HTTPS registry with a token service: auth, DXF_TOKEN, DXF_AUTH_HOST, exit status 13. */
class TokenTlsIT {
  @RegisterExtension
  static final RegistryExtension registry =
      RegistryExtension.of(
          RegistryMode.TOKEN_TLS, b -> b.user("reader", "reader-pass", Grant.only("pull")));

  @TempDir Path dir;

  private static CliProcess jdxf() {
    return CliProcess.of(registry);
  }

  @Test
  void pushAndPullWithCredentials() {
    byte[] content = Blobs.random(40_000, 21);
    Path file = Blobs.write(dir, "blob", content);
    jdxf().run("push-blob", "token/creds", file.toString(), "@x").ok();
    assertArrayEquals(content, jdxf().run("pull-blob", "token/creds", "@x").ok().stdout());
  }

  @Test
  void authPrintsATokenThatDxfTokenReuses() {
    byte[] content = Blobs.text("token reuse\n");
    Path file = Blobs.write(dir, "blob", content);
    jdxf().run("push-blob", "token/reuse", file.toString()).ok();

    String out = jdxf().run("auth", "token/reuse", "pull").ok().out();
    assertTrue(out.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\n"), out);
    String token = out.strip();

    CliProcess withToken =
        jdxf().without("DXF_USERNAME").without("DXF_PASSWORD").with("DXF_TOKEN", token);
    assertEquals(
        content.length + "\n",
        withToken.run("blob-size", "token/reuse", Blobs.sha256(content)).ok().out());
  }

  @Test
  void authIgnoresDxfToken() {
    String out =
        jdxf().with("DXF_TOKEN", "not-a-token").run("auth", "token/fresh", "pull").ok().out();
    assertTrue(out.split("\\.").length == 3, out);
  }

  @Test
  void aBadTokenExitsWith13() {
    CliProcess.Result r =
        jdxf()
            .without("DXF_USERNAME")
            .without("DXF_PASSWORD")
            .with("DXF_TOKEN", "not-a-token")
            .run("list-aliases", "token/bad");
    assertEquals(13, r.status(), r::toString);
    assertEquals(1, r.stderr().lines().count(), r::toString);
  }

  @Test
  void aReaderCannotPush() {
    Path file = Blobs.write(dir, "blob", Blobs.text("reader may not push\n"));
    CliProcess.Result r =
        jdxf()
            .with("DXF_USERNAME", "reader")
            .with("DXF_PASSWORD", "reader-pass")
            .run("push-blob", "token/readonly", file.toString());
    assertEquals(13, r.status(), r::toString);
    assertEquals("", r.out());
  }

  @Test
  void authHostReplacesTheRealmsHost() {
    int port = registry.tokenService().port();
    CliProcess.Result viaLocalhost =
        jdxf().with("DXF_AUTH_HOST", "localhost:" + port).run("auth", "token/host", "pull");
    assertEquals(3, viaLocalhost.ok().out().split("\\.").length, viaLocalhost::toString);

    CliProcess.Result nowhere =
        jdxf().with("DXF_AUTH_HOST", "127.0.0.1:1").run("auth", "token/host", "pull");
    assertEquals(1, nowhere.status(), nowhere::toString);
    assertEquals("", nowhere.out());
  }
}
