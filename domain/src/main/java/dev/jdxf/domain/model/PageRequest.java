package dev.jdxf.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a listing to fetch: {@code size} entries at most ({@code 0}: the store's default),
 * starting at an opaque cursor from a previous {@link Page} (empty: the first page).
 */
public record PageRequest(int size, Optional<String> cursor) {
  public PageRequest {
    if (size < 0) {
      throw new IllegalArgumentException("page size must not be negative: " + size);
    }
    Objects.requireNonNull(cursor, "cursor");
  }

  public static PageRequest first(int size) {
    return new PageRequest(size, Optional.empty());
  }

  public PageRequest after(String nextCursor) {
    return new PageRequest(size, Optional.of(nextCursor));
  }
}
