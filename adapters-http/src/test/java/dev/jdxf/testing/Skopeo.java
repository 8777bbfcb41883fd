package dev.jdxf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pushes real images to a test registry with {@code skopeo copy}; fails with {@link
 * MissingToolException#SKOPEO} when skopeo is not installed.
 */
public final class Skopeo {
  /** The manifest format skopeo writes. */
  public enum Format {
    /** Docker schema 2 ({@code --format v2s2}); with several platforms a Docker manifest list. */
    V2S2("v2s2"),
    /** OCI ({@code --format oci}); with several platforms an OCI image index. */
    OCI("oci");

    private final String flag;

    Format(String flag) {
      this.flag = flag;
    }

    /** The value of {@code --format}. */
    public String flag() {
      return flag;
    }
  }

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private Skopeo() {}

  /** As {@link #copy(Path, String, RegistryServer, String, String, Format, boolean)}. */
  public static String copy(
      OciLayoutBuilder.OciImage image,
      RegistryExtension registry,
      String repo,
      String tag,
      Format format) {
    return copy(image.layout(), image.tag(), registry.server(), repo, tag, format, true);
  }

  /** As {@link #copy(Path, String, RegistryServer, String, String, Format, boolean)}. */
  public static String copy(
      Path layout,
      String sourceTag,
      RegistryExtension registry,
      String repo,
      String tag,
      Format format,
      boolean all) {
    return copy(layout, sourceTag, registry.server(), repo, tag, format, all);
  }

  /**
   * Runs {@code skopeo copy oci:LAYOUT:SOURCE_TAG docker://HOST/REPO:TAG}. Authenticated modes pass
   * {@code --dest-creds} with the harness user; TLS modes verify the registry with the test CA
   * ({@code --dest-cert-dir}); the plain mode passes {@code --dest-tls-verify=false}.
   *
   * @param all {@code --all}: copy every platform of an index, not just the host's
   * @return skopeo's output
   * @throws IllegalStateException when skopeo fails (the message has its output)
   */
  public static String copy(
      Path layout,
      String sourceTag,
      RegistryServer registry,
      String repo,
      String tag,
      Format format,
      boolean all) {
    Path skopeo = Tools.skopeo();
    List<String> command = new ArrayList<>();
    command.add(skopeo.toString());
    command.add("--insecure-policy");
    command.add("copy");
    command.add("--quiet");
    command.add("--format");
    command.add(format.flag());
    if (all) {
      command.add("--all");
    }
    if (registry.mode() != RegistryMode.PLAIN) {
      command.add("--dest-creds");
      command.add(RegistryConfig.USERNAME + ":" + RegistryConfig.PASSWORD);
    }
    if (registry.isTls()) {
      command.add("--dest-cert-dir");
      command.add(certDir(registry).toString());
    } else {
      command.add("--dest-tls-verify=false");
    }
    command.add("oci:" + layout.toAbsolutePath() + ":" + sourceTag);
    command.add("docker://" + registry.host() + "/" + repo + ":" + tag);
    return run(command);
  }

  private static Path certDir(RegistryServer registry) {
    Path dir = registry.workDir().resolve("skopeo-certs");
    try {
      Files.createDirectories(dir);
      Files.copy(
          registry.caPemPath(),
          dir.resolve("ca.crt"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  private static String run(List<String> command) {
    Path output;
    try {
      output = Files.createTempFile("jdxf-skopeo-", ".log");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      int status = Processes.run(command, Map.of(), output, TIMEOUT);
      String text = Files.readString(output);
      if (status != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " exited with " + status + ":\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Processes.deleteRecursively(output);
    }
  }
}
