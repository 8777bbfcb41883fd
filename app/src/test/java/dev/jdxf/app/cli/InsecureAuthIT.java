package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.Htpasswd;
import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.RegistryMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A plain-http registry that asks for credentials: jdxf refuses to send them in clear text. */
class InsecureAuthIT {
  private static final Path HTPASSWD = htpasswd();

  @RegisterExtension
  static final RegistryExtension registry =
      RegistryExtension.of(
          RegistryMode.PLAIN,
          b ->
              b.environment("REGISTRY_AUTH_HTPASSWD_REALM", "Plain Realm")
                  .environment("REGISTRY_AUTH_HTPASSWD_PATH", HTPASSWD.toString()));

  private static Path htpasswd() {
    try {
      Path file = Files.createTempFile("jdxf-htpasswd-", "");
      file.toFile().deleteOnExit();
      return Files.writeString(file, Htpasswd.line("user", "pass") + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void authRequiresHttps() {
    CliProcess.Result r =
        CliProcess.of(registry)
            .with("DXF_USERNAME", "user")
            .with("DXF_PASSWORD", "pass")
            .run("list-aliases", "plain/secret");
    assertTrue(r.status() != 0 && r.status() != 2, r::toString);
    assertEquals("", r.out());
    assertTrue(r.stderr().startsWith("jdxf: "), r::toString);
    assertTrue(r.stderr().contains("Auth requires HTTPS"), r::toString);
    assertEquals(1, r.stderr().lines().count(), r::toString);
  }
}
