package dev.jdxf.domain.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a store is: a registry (host with optional port) or a local OCI layout root.
 *
 * <p>Both are keys of the command line's map of open stores, so their {@code equals} and {@code
 * hashCode} are written out: a record's generated ones are bound through method handles on first
 * use, about 10 ms of a small command's start-up.
 */
public sealed interface StoreAddress {

  /** A registry, named as {@code DXF_HOST} names it: {@code host[:port]}. */
  record Registry(String host) implements StoreAddress {
    private static final Pattern HOST =
        Pattern.compile(
            "(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?");

    public Registry {
      Objects.requireNonNull(host, "host");
      if (!HOST.matcher(host).matches()) {
        throw new IllegalArgumentException(
            "invalid registry host '" + host + "': expected host[:port], e.g. localhost:5000");
      }
      host = host.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Registry r && host.equals(r.host);
    }

    @Override
    public int hashCode() {
      return host.hashCode();
    }

    @Override
    public String toString() {
      return host;
    }
  }

  /** A folder of OCI image layouts, one per repository. */
  record Layout(Path root) implements StoreAddress {
    public Layout {
      Objects.requireNonNull(root, "root");
      if (root.toString().isEmpty()) {
        throw new IllegalArgumentException("a local store needs a path: oci:PATH");
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Layout l && root.equals(l.root);
    }

    @Override
    public int hashCode() {
      return root.hashCode();
    }

    @Override
    public String toString() {
      return "oci:" + root;
    }
  }

  /** The prefix that selects a local layout in {@code DXF_HOST} and in copy locations. */
  String LAYOUT_PREFIX = "oci:";

  /** Parses {@code DXF_HOST}: {@code oci:PATH} for a local layout, else a registry host. */
  static StoreAddress parse(String text) {
    if (text.startsWith(LAYOUT_PREFIX)) {
      return new Layout(Path.of(text.substring(LAYOUT_PREFIX.length())));
    }
    return new Registry(text);
  }
}
