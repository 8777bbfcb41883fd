package dev.jdxf.fs;

import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Catalog;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The repositories of a layout root: every directory below it holding an {@code oci-layout} file,
 * named by its path relative to the root ({@code a/b}), sorted. Links are not followed; the {@code
 * blobs} directory of a repository and hidden directories are not searched.
 */
final class LayoutCatalog implements Catalog {
  static final String API_VERSION = "oci-layout/1.0.0";

  private final LayoutRoot layout;
  private final Blocking blocking;

  LayoutCatalog(LayoutRoot layout, Blocking blocking) {
    this.layout = layout;
    this.blocking = blocking;
  }

  @Override
  public CompletionStage<Page> listRepositories(PageRequest page) {
    return blocking.run(
        "cannot list the repositories under " + layout.path(),
        () -> Pages.of(repositories(), page));
  }

  @Override
  public CompletionStage<String> apiVersion() {
    return blocking.run(
        "cannot open the OCI layout root " + layout.path(),
        () -> {
          if (!Files.isDirectory(layout.path())) {
            throw new NotFoundException("OCI layout root not found: " + layout.path());
          }
          return API_VERSION;
        });
  }

  private List<String> repositories() throws IOException {
    Path root = layout.path();
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return names;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            Path name = dir.getFileName();
            Path parent = dir.getParent();
            if (name == null || parent == null || name.toString().startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (name.toString().equals(LayoutRoot.BLOBS) && isLayout(parent)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (isLayout(dir)) {
              String relative =
                  root.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), "/");
              if (isRepositoryName(relative)) {
                names.add(relative);
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    names.sort(null);
    return names;
  }

  private static boolean isLayout(Path dir) throws IOException {
    BasicFileAttributes attrs = SafeFiles.attributes(dir.resolve(LayoutRoot.OCI_LAYOUT));
    return attrs != null && attrs.isRegularFile();
  }

  private static boolean isRepositoryName(String text) {
    try {
      RepositoryName.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
