package dev.jdxf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/** {@code jdxf --version}: the version Maven wrote into {@code version.txt}. */
final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    try (InputStream in = Version.class.getResourceAsStream("version.txt")) {
      String version =
          in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return new String[] {"jdxf " + version};
    }
  }
}
