package dev.jdxf.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Finds the external programs the harness runs. */
public final class Tools {
  private Tools() {}

  /**
   * The registry binary: {@code /usr/bin/docker-registry}, else {@code docker-registry} on the
   * {@code PATH}.
   *
   * @throws MissingToolException with {@link MissingToolException#DOCKER_REGISTRY} when missing
   */
  public static Path dockerRegistry() {
    return find("docker-registry", MissingToolException.DOCKER_REGISTRY);
  }

  /**
   * The skopeo binary: {@code /usr/bin/skopeo}, else {@code skopeo} on the {@code PATH}.
   *
   * @throws MissingToolException with {@link MissingToolException#SKOPEO} when missing
   */
  public static Path skopeo() {
    return find("skopeo", MissingToolException.SKOPEO);
  }

  /** Checks that {@code binary} is an executable file. */
  static Path requireExecutable(Path binary, String missingMessage) {
    if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
      throw new MissingToolException(missingMessage);
    }
    return binary;
  }

  private static Path find(String name, String missingMessage) {
    return firstExecutable(candidates(name, System.getenv("PATH")))
        .orElseThrow(() -> new MissingToolException(missingMessage));
  }

  static List<Path> candidates(String name, @Nullable String pathVariable) {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("/usr/bin", name));
    if (pathVariable != null) {
      for (String dir : pathVariable.split(File.pathSeparator, -1)) {
        if (!dir.isEmpty()) {
          out.add(Path.of(dir, name));
        }
      }
    }
    return out;
  }

  static Optional<Path> firstExecutable(List<Path> candidates) {
    return candidates.stream()
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
        .findFirst();
  }
}
