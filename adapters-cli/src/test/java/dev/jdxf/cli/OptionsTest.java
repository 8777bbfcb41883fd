package dev.jdxf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.ErrorKind;
import dev.jdxf.domain.model.Platform;
import dev.jdxf.domain.model.StoreAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void connectionOptionsReadEveryVariable() {
    ConnectionOptions o =
        ConnectionOptions.from(
            Environment.of(
                Map.of(
                    "DXF_HOST", "localhost:5000",
                    "DXF_INSECURE", "1",
                    "DXF_USERNAME", "fred",
                    "DXF_PASSWORD", "secret",
                    "DXF_AUTHORIZATION", "Basic Zm9vOmJhcg==",
                    "DXF_AUTH_HOST", "auth.example.com",
                    "DXF_TOKEN", "tok",
                    "DXF_TLSVERIFY", "/etc/ca.pem",
                    "DXF_SKIPTLSVERIFY", "1")));
    assertEquals(new StoreAddress.Registry("localhost:5000"), o.store());
    assertTrue(o.insecure());
    assertEquals(Optional.of("fred"), o.username());
    assertEquals(Optional.of("secret"), o.password());
    assertEquals(Optional.of("Basic Zm9vOmJhcg=="), o.authorization());
    assertEquals(Optional.of("auth.example.com"), o.authHost());
    assertEquals(Optional.of("tok"), o.token());
    assertEquals(Optional.empty(), o.withoutToken().token());
    assertEquals(Optional.of(Path.of("/etc/ca.pem")), o.trustedCertificates());
    assertTrue(o.skipTlsVerify());
    assertFalse(o.toString().contains("secret"), o.toString());
    assertFalse(o.toString().contains("tok,"), o.toString());
  }

  @Test
  void switchesAreOnOnlyForOne() {
    ConnectionOptions o =
        ConnectionOptions.from(
            Environment.of(Map.of("DXF_INSECURE", "true", "DXF_SKIPTLSVERIFY", "yes")));
    assertFalse(o.insecure());
    assertFalse(o.skipTlsVerify());
  }

  @Test
  void ociHostNamesALocalStore() {
    ConnectionOptions o = ConnectionOptions.from(Environment.of(Map.of("DXF_HOST", "oci:./s")));
    assertEquals(new StoreAddress.Layout(Path.of("./s")), o.store());
    assertFalse(o.namesRegistry());
  }

  @Test
  void onlyAHostOtherThanALocalStoreNamesARegistry() {
    assertTrue(
        ConnectionOptions.from(Environment.of(Map.of("DXF_HOST", "r:5000"))).namesRegistry());
    assertFalse(ConnectionOptions.from(Environment.of(Map.of())).namesRegistry());
    assertFalse(ConnectionOptions.from(Environment.of(Map.of("DXF_HOST", "oci:"))).namesRegistry());
  }

  @Test
  void tlsUnlessInsecureOrALocalStore() {
    assertTrue(
        ConnectionOptions.from(Environment.of(Map.of("DXF_HOST", "r:5000")))
            .reachesRegistryOverTls());
    assertFalse(
        ConnectionOptions.from(Environment.of(Map.of("DXF_HOST", "r:5000", "DXF_INSECURE", "1")))
            .reachesRegistryOverTls());
    assertFalse(
        ConnectionOptions.from(Environment.of(Map.of("DXF_HOST", "oci:./s")))
            .reachesRegistryOverTls());
  }

  @Test
  void anUnsetHostIsABadArgument() {
    BadArgumentException e =
        assertThrows(
            BadArgumentException.class,
            () -> ConnectionOptions.from(Environment.of(Map.of())).store());
    assertEquals(ErrorKind.BAD_ARGUMENT, e.kind());
    assertTrue(String.valueOf(e.getMessage()).startsWith("DXF_HOST is not set"), e.getMessage());
  }

  @Test
  void outputOptions() {
    OutputOptions o =
        OutputOptions.from(
            Environment.of(
                Map.of(
                    "DXF_PLATFORM", "linux/arm/v7",
                    "DXF_BLOB_INFO", "1",
                    "DXF_CHUNK_SIZE", "4096",
                    "DXF_PROGRESS", "1")));
    assertEquals(Optional.of(Platform.parse("linux/arm/v7")), o.platform());
    assertTrue(o.blobInfo());
    assertEquals(OptionalInt.of(4096), o.chunkSize());
    assertEquals(4096, o.writeSize());
    assertEquals(OutputOptions.Progress.ON, o.progress());

    OutputOptions defaults = OutputOptions.from(Environment.of(Map.of()));
    assertEquals(OutputOptions.DEFAULT_WRITE_SIZE, defaults.writeSize());
    assertEquals(OutputOptions.Progress.WHEN_TERMINAL, defaults.progress());
    assertFalse(defaults.blobInfo());
  }

  @Test
  void progressFollowsDxf() {
    assertTrue(OutputOptions.Progress.ON.enabled(false));
    assertFalse(OutputOptions.Progress.OFF.enabled(true));
    assertTrue(OutputOptions.Progress.WHEN_TERMINAL.enabled(true));
    assertFalse(OutputOptions.Progress.WHEN_TERMINAL.enabled(false));
    assertEquals(
        OutputOptions.Progress.WHEN_TERMINAL,
        OutputOptions.from(Environment.of(Map.of("DXF_PROGRESS", "yes"))).progress());
    assertEquals(
        OutputOptions.Progress.OFF,
        OutputOptions.from(Environment.of(Map.of("DXF_PROGRESS", "0"))).progress());
  }

  @Test
  void malformedValuesAreBadArguments() {
    for (String chunk : new String[] {"0", "-1", "lots", "1.5"}) {
      BadArgumentException e =
          assertThrows(
              BadArgumentException.class,
              () -> OutputOptions.from(Environment.of(Map.of("DXF_CHUNK_SIZE", chunk))));
      assertTrue(String.valueOf(e.getMessage()).contains("'" + chunk + "'"), e.getMessage());
    }
    assertThrows(
        BadArgumentException.class,
        () -> OutputOptions.from(Environment.of(Map.of("DXF_PLATFORM", "linux"))));
  }

  @Test
  void exitCodes() {
    assertEquals(2, ExitCodes.of(ErrorKind.NOT_FOUND));
    assertEquals(13, ExitCodes.of(ErrorKind.UNAUTHORIZED));
    for (ErrorKind kind : ErrorKind.values()) {
      if (kind != ErrorKind.NOT_FOUND && kind != ErrorKind.UNAUTHORIZED) {
        assertEquals(1, ExitCodes.of(kind), kind.name());
      }
    }
  }
}
