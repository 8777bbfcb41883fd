package dev.jdxf.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a listing (tags or repositories) and the opaque cursor of the next one. */
public record Page(List<String> items, Optional<String> next) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }
}
