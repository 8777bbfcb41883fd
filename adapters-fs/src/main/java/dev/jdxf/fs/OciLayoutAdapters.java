package dev.jdxf.fs;

import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.LocalFiles;
import io.vertx.core.Vertx;
import java.nio.file.Path;

/**
 * The local adapters. Blocking file I/O runs on the given {@link Vertx}'s worker threads; nothing
 * is created that needs closing.
 */
public final class OciLayoutAdapters {
  private OciLayoutAdapters() {}

  /**
   * A store over a directory of OCI image layouts, one per repository ({@code <root>/<repo>/}). The
   * root is created on the first write. See {@code docs/oci-layout-store.md}.
   */
  public static Backend create(Vertx vertx, Path root) {
    LayoutRoot layout = new LayoutRoot(root);
    Blocking blocking = new Blocking(vertx);
    return new Backend(
        new LayoutBlobStore(layout, blocking),
        new LayoutManifestStore(layout, blocking),
        new LayoutCatalog(layout, blocking),
        new NoTokens());
  }

  /** Hashing and streaming of local files (e.g. for push-blob and set-alias). */
  public static LocalFiles localFiles(Vertx vertx) {
    return new LocalFileAdapter(new Blocking(vertx));
  }
}
