package dev.jdxf.fs;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.DigestAlgorithm;
import dev.jdxf.domain.model.RepositoryName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A directory of OCI image layouts, one per repository: {@code <root>/<repo>/oci-layout}, {@code
 * index.json}, {@code blobs/<alg>/<hex>}. Every path it hands out stays under the root: no
 * component below the root may be a symbolic link, and a repository cannot live inside another
 * repository's {@code blobs} directory.
 */
final class LayoutRoot {
  static final String OCI_LAYOUT = "oci-layout";
  static final String INDEX = "index.json";
  static final String BLOBS = "blobs";
  static final byte[] OCI_LAYOUT_BYTES =
      "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8);

  private final Path root;

  LayoutRoot(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path path() {
    return root;
  }

  /** The directory of an existing repository, or empty when there is none. */
  Optional<Path> existing(RepositoryName repository) throws IOException {
    Path dir = walk(repository, false);
    if (SafeFiles.attributes(dir) == null) {
      return Optional.empty();
    }
    return SafeFiles.regularFileSize(dir.resolve(OCI_LAYOUT)).isPresent()
        ? Optional.of(dir)
        : Optional.empty();
  }

  /** The directory of an existing repository; fails with {@code NotFoundException} otherwise. */
  Path require(RepositoryName repository) throws IOException {
    return existing(repository)
        .orElseThrow(() -> new NotFoundException("repository '" + repository + "' not found"));
  }

  /** The directory of a repository, created with its {@code oci-layout} and index when absent. */
  Path ensure(RepositoryName repository) throws IOException {
    SafeFiles.ensureDirectories(root);
    Path dir = walk(repository, true);
    Path marker = dir.resolve(OCI_LAYOUT);
    if (SafeFiles.regularFileSize(marker).isEmpty()) {
      if (SafeFiles.attributes(dir.resolve(BLOBS)) != null) {
        throw new BadArgumentException(
            "cannot create repository '"
                + repository
                + "': "
                + dir.resolve(BLOBS)
                + " exists but "
                + dir
                + " is not an OCI layout");
      }
      SafeFiles.writeAtomically(marker, OCI_LAYOUT_BYTES);
    }
    IndexFile.ensure(dir);
    return dir;
  }

  /** Where a blob of a repository lives. */
  static Path blob(Path repositoryDir, Digest digest) {
    return algorithmDir(repositoryDir, digest.algorithm()).resolve(digest.hex());
  }

  static Path algorithmDir(Path repositoryDir, DigestAlgorithm algorithm) {
    return repositoryDir.resolve(BLOBS).resolve(algorithm.wireName());
  }

  /** Creates {@code blobs/<alg>} of a repository when absent; refuses links. */
  static Path ensureAlgorithmDir(Path repositoryDir, DigestAlgorithm algorithm) throws IOException {
    SafeFiles.ensureDirectory(repositoryDir.resolve(BLOBS));
    Path dir = algorithmDir(repositoryDir, algorithm);
    SafeFiles.ensureDirectory(dir);
    return dir;
  }

  /**
   * Resolves the repository's directory component by component, refusing links, files and the
   * {@code blobs} directory of an enclosing repository; creates missing directories when asked.
   */
  private Path walk(RepositoryName repository, boolean create) throws IOException {
    Path dir = root;
    boolean exists = true;
    for (String component : repository.components()) {
      if (exists && component.equals(BLOBS) && isLayout(dir)) {
        throw new BadArgumentException(
            "repository '"
                + repository
                + "' would lie inside the blobs directory of the repository at "
                + dir);
      }
      dir = dir.resolve(component);
      if (!dir.normalize().startsWith(root)) {
        throw new BadArgumentException("repository '" + repository + "' escapes " + root);
      }
      if (create) {
        SafeFiles.ensureDirectory(dir);
      } else if (exists) {
        BasicFileAttributes attrs = SafeFiles.attributes(dir);
        if (attrs == null) {
          exists = false;
        } else {
          SafeFiles.requireDirectory(dir, attrs);
        }
      }
    }
    return dir;
  }

  private static boolean isLayout(Path dir) throws IOException {
    return SafeFiles.regularFileSize(dir.resolve(OCI_LAYOUT)).isPresent();
  }
}
