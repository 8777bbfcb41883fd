package dev.jdxf.domain.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A manifest in any store, as {@code jdxf copy} names it:
 *
 * <ul>
 *   <li>a registry: {@code HOST[:PORT]/REPO:ALIAS} or {@code HOST[:PORT]/REPO@DIGEST} (an optional
 *       {@code docker://} prefix is accepted);
 *   <li>a local layout store: {@code oci:PATH:REPO:ALIAS} or {@code oci:PATH:REPO@DIGEST}.
 * </ul>
 *
 * <p>Parsing is unambiguous: the reference is taken from the right (a digest after the last
 * {@code @}, else an alias after the last {@code :}), because repository names and aliases never
 * contain {@code :} or {@code @}. For a registry the host is everything before the first {@code /};
 * for a layout the path is everything between {@code oci:} and the last remaining {@code :} (so the
 * path itself may contain colons).
 */
public record ContentLocation(StoreAddress store, RepositoryName repository, Reference reference) {

  public ContentLocation {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(reference, "reference");
  }

  public static ContentLocation parse(String text) {
    Objects.requireNonNull(text, "location");
    String rest = text;
    Reference reference;
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      reference = Digest.parse(rest.substring(at + 1));
      rest = rest.substring(0, at);
    } else {
      int colon = rest.lastIndexOf(':');
      int slash = rest.lastIndexOf('/');
      if (colon < 0
          || colon < slash
          || (rest.startsWith(StoreAddress.LAYOUT_PREFIX) && colon < 4)) {
        throw invalid(text, "it names no alias (:ALIAS) or digest (@DIGEST)");
      }
      reference = Alias.parse(rest.substring(colon + 1));
      rest = rest.substring(0, colon);
    }
    if (rest.startsWith(StoreAddress.LAYOUT_PREFIX)) {
      String pathAndRepo = rest.substring(StoreAddress.LAYOUT_PREFIX.length());
      int colon = pathAndRepo.lastIndexOf(':');
      if (colon <= 0) {
        throw invalid(text, "a local store location is oci:PATH:REPO:ALIAS");
      }
      return new ContentLocation(
          new StoreAddress.Layout(Path.of(pathAndRepo.substring(0, colon))),
          RepositoryName.parse(pathAndRepo.substring(colon + 1)),
          reference);
    }
    if (rest.startsWith("docker://")) {
      rest = rest.substring("docker://".length());
    }
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      throw invalid(text, "a registry location is HOST[:PORT]/REPO:ALIAS");
    }
    return new ContentLocation(
        new StoreAddress.Registry(rest.substring(0, slash)),
        RepositoryName.parse(rest.substring(slash + 1)),
        reference);
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("invalid location '" + text + "': " + why);
  }

  @Override
  public String toString() {
    String ref = reference instanceof Digest ? "@" + reference : ":" + reference;
    if (store instanceof StoreAddress.Layout layout) {
      return "oci:" + layout.root() + ":" + repository + ref;
    }
    return store + "/" + repository + ref;
  }
}
