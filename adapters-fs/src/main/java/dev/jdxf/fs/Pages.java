package dev.jdxf.fs;

import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import java.util.List;
import java.util.Optional;

/** Pagination over a sorted list of names; the cursor is the last name of the previous page. */
final class Pages {
  /** Entries per page when the request does not say (the distribution registry's default). */
  static final int DEFAULT_SIZE = 100;

  private Pages() {}

  static Page of(List<String> sortedNames, PageRequest request) {
    int start = 0;
    if (request.cursor().isPresent()) {
      String after = request.cursor().get();
      while (start < sortedNames.size() && sortedNames.get(start).compareTo(after) <= 0) {
        start++;
      }
    }
    int size = request.size() == 0 ? DEFAULT_SIZE : request.size();
    int end = (int) Math.min((long) start + size, sortedNames.size());
    List<String> items = sortedNames.subList(start, end);
    Optional<String> next =
        end < sortedNames.size() ? Optional.of(items.get(items.size() - 1)) : Optional.empty();
    return new Page(items, next);
  }
}
