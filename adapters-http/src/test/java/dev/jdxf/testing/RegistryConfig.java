package dev.jdxf.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to run a test registry. Build with {@link #builder(RegistryMode)}; the defaults are schema 1
 * compatibility on, registry-default catalog pages, {@code kid} token headers, a 15 s start-up
 * timeout and the {@code docker-registry} found by {@link Tools#dockerRegistry()}.
 */
public final class RegistryConfig {
  /** The user that every authenticated mode knows, with every right. */
  public static final String USERNAME = "jdxf";

  /** The password of {@link #USERNAME}. */
  public static final String PASSWORD = "s3cret-pass";

  /** The realm of the htpasswd (Basic) mode. */
  public static final String BASIC_REALM = "Registry Realm";

  /** An extra user: in Basic mode a htpasswd line, in token mode a token-service user. */
  public record ExtraUser(String username, String password, Grant grant) {}

  private final RegistryMode mode;
  private final @Nullable Path binary;
  private final boolean schema1;
  private final @Nullable Integer catalogMaxEntries;
  private final TokenService.KeyReference keyReference;
  private final List<ExtraUser> extraUsers;
  private final String extraYaml;
  private final Map<String, String> environment;
  private final Duration startupTimeout;
  private final String logLevel;

  private RegistryConfig(Builder b) {
    mode = b.mode;
    binary = b.binary;
    schema1 = b.schema1;
    catalogMaxEntries = b.catalogMaxEntries;
    keyReference = b.keyReference;
    extraUsers = List.copyOf(b.extraUsers);
    extraYaml = b.extraYaml.toString();
    environment = Map.copyOf(b.environment);
    startupTimeout = b.startupTimeout;
    logLevel = b.logLevel;
  }

  /** A builder for the mode. */
  public static Builder builder(RegistryMode mode) {
    return new Builder(mode);
  }

  public RegistryMode mode() {
    return mode;
  }

  /** The configured binary, or null to look it up with {@link Tools#dockerRegistry()}. */
  public @Nullable Path binary() {
    return binary;
  }

  public boolean schema1() {
    return schema1;
  }

  public @Nullable Integer catalogMaxEntries() {
    return catalogMaxEntries;
  }

  public TokenService.KeyReference keyReference() {
    return keyReference;
  }

  public List<ExtraUser> extraUsers() {
    return extraUsers;
  }

  public String extraYaml() {
    return extraYaml;
  }

  public Map<String, String> environment() {
    return environment;
  }

  public Duration startupTimeout() {
    return startupTimeout;
  }

  public String logLevel() {
    return logLevel;
  }

  /** Builds a {@link RegistryConfig}. */
  public static final class Builder {
    private final RegistryMode mode;
    private @Nullable Path binary;
    private boolean schema1 = true;
    private @Nullable Integer catalogMaxEntries;
    private TokenService.KeyReference keyReference = TokenService.KeyReference.KID;
    private final List<ExtraUser> extraUsers = new ArrayList<>();
    private final StringBuilder extraYaml = new StringBuilder();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Duration startupTimeout = Duration.ofSeconds(15);
    private String logLevel = "info";

    private Builder(RegistryMode mode) {
      this.mode = mode;
    }

    /** Runs this binary instead of the one on the system (a missing one fails the start). */
    public Builder binary(Path path) {
      this.binary = path;
      return this;
    }

    /** Sets {@code compatibility.schema1.enabled} (default true). */
    public Builder schema1(boolean enabled) {
      this.schema1 = enabled;
      return this;
    }

    /** Sets {@code catalog.maxentries}: the largest page {@code /v2/_catalog} answers. */
    public Builder catalogMaxEntries(int max) {
      this.catalogMaxEntries = max;
      return this;
    }

    /** {@code catalog.maxentries: 2}, so that listing repositories follows {@code Link} pages. */
    public Builder smallCatalogPages() {
      return catalogMaxEntries(2);
    }

    /** How tokens name the signing key (token mode; default {@code kid}). */
    public Builder keyReference(TokenService.KeyReference reference) {
      this.keyReference = reference;
      return this;
    }

    /**
     * Adds a user besides {@link #USERNAME}. In Basic mode it is an htpasswd entry (with every
     * right: htpasswd has no permissions, so the grant is ignored); in token mode the token service
     * grants it what {@code grant} allows, e.g. {@code Grant.only("pull")}.
     */
    public Builder user(String username, String password, Grant grant) {
      if (USERNAME.equals(username)) {
        throw new IllegalArgumentException(USERNAME + " is already the default user");
      }
      extraUsers.add(new ExtraUser(username, password, grant));
      return this;
    }

    /**
     * Appends YAML to the generated configuration, at top level. It must not repeat a top-level key
     * the harness writes ({@code version, log, storage, http, auth, catalog, compatibility}); use
     * {@link #environment} ({@code REGISTRY_...} variables) to change those.
     */
    public Builder extraYaml(String yaml) {
      extraYaml.append(yaml.endsWith("\n") ? yaml : yaml + "\n");
      return this;
    }

    /**
     * Sets an environment variable of the registry process; the registry reads {@code
     * REGISTRY_<SECTION>_<KEY>} variables as configuration overrides, e.g. {@code
     * REGISTRY_STORAGE_MAINTENANCE_READONLY}.
     */
    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** How long to wait for {@code /v2/} to answer after starting (default 15 s). */
    public Builder startupTimeout(Duration timeout) {
      this.startupTimeout = timeout;
      return this;
    }

    /** The registry's {@code log.level} (default {@code info}; {@code debug} is verbose). */
    public Builder logLevel(String level) {
      this.logLevel = level;
      return this;
    }

    public RegistryConfig build() {
      return new RegistryConfig(this);
    }
  }
}
