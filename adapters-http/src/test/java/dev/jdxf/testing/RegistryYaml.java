package dev.jdxf.testing;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Renders the registry's {@code config.yml}. */
final class RegistryYaml {
  /** Where the files the configuration names live. */
  record Files(
      Path storage,
      @Nullable Path serverCert,
      @Nullable Path serverKey,
      @Nullable Path htpasswd,
      @Nullable Path tokenSignerBundle) {}

  private RegistryYaml() {}

  static String render(
      RegistryConfig config, int port, String secret, Files files, @Nullable URI realm) {
    StringBuilder y = new StringBuilder();
    y.append("version: 0.1\n");
    y.append("log:\n  level: ").append(config.logLevel()).append("\n  formatter: text\n");
    y.append("storage:\n");
    y.append("  filesystem:\n    rootdirectory: ").append(quote(files.storage())).append('\n');
    y.append("  delete:\n    enabled: true\n");
    y.append("  maintenance:\n    uploadpurging:\n      enabled: false\n");
    y.append("http:\n  addr: 127.0.0.1:").append(port).append('\n');
    y.append("  secret: ").append(quote(secret)).append('\n');
    if (config.mode().tls()) {
      y.append("  tls:\n");
      y.append("    certificate: ").append(quote(require(files.serverCert()))).append('\n');
      y.append("    key: ").append(quote(require(files.serverKey()))).append('\n');
    }
    switch (config.mode()) {
      case BASIC_TLS -> {
        y.append("auth:\n  htpasswd:\n");
        y.append("    realm: ").append(quote(RegistryConfig.BASIC_REALM)).append('\n');
        y.append("    path: ").append(quote(require(files.htpasswd()))).append('\n');
      }
      case TOKEN_TLS -> {
        y.append("auth:\n  token:\n");
        y.append("    realm: ").append(quote(String.valueOf(realm))).append('\n');
        y.append("    service: ").append(quote(TokenService.SERVICE)).append('\n');
        y.append("    issuer: ").append(quote(TokenService.ISSUER)).append('\n');
        y.append("    rootcertbundle: ")
            .append(quote(require(files.tokenSignerBundle())))
            .append('\n');
      }
      case PLAIN -> {
        // no authentication
      }
    }
    Integer maxEntries = config.catalogMaxEntries();
    if (maxEntries != null) {
      y.append("catalog:\n  maxentries: ").append(maxEntries).append('\n');
    }
    y.append("compatibility:\n  schema1:\n    enabled: ").append(config.schema1()).append('\n');
    y.append(config.extraYaml());
    return y.toString();
  }

  private static Path require(@Nullable Path path) {
    if (path == null) {
      throw new IllegalStateException("missing file for the registry configuration");
    }
    return path;
  }

  private static String quote(Object value) {
    return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
