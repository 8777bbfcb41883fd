package dev.jdxf.http;

import dev.jdxf.domain.model.Page;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Pages a listing that the registry answered whole although a page size was asked for (distribution
 * 2.x ignores {@code n=} for tags): the names are sorted, those after {@code last=} kept, and the
 * next page's cursor is the same URL with the new {@code last=}. A listing the registry paged
 * itself (a {@code Link} header) is left as it is.
 */
final class ClientPaging {
  private ClientPaging() {}

  static Page page(List<String> items, Optional<URI> registryNext, URI requestUrl) {
    if (registryNext.isPresent()) {
      return new Page(items, registryNext.map(URI::toString));
    }
    Optional<String> size = query(requestUrl, "n");
    Optional<String> last = query(requestUrl, "last");
    int n;
    try {
      n = size.map(Integer::parseInt).orElse(0);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n <= 0 || (items.size() <= n && last.isEmpty())) {
      return new Page(items, Optional.empty());
    }
    List<String> after =
        items.stream().sorted().filter(i -> last.isEmpty() || i.compareTo(last.get()) > 0).toList();
    if (after.size() <= n) {
      return new Page(after, Optional.empty());
    }
    List<String> page = after.subList(0, n);
    URI next = Urls.withQueryParameter(without(requestUrl, "last"), "last", page.get(n - 1));
    return new Page(page, Optional.of(next.toString()));
  }

  /** The first value of a query parameter. */
  static Optional<String> query(URI url, String name) {
    String raw = url.getRawQuery();
    if (raw == null) {
      return Optional.empty();
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
        return Optional.of(
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  private static URI without(URI url, String name) {
    String raw = url.getRawQuery();
    if (raw == null) {
      return url;
    }
    StringBuilder kept = new StringBuilder();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (!URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name) && !pair.isEmpty()) {
        kept.append(kept.length() == 0 ? "" : "&").append(pair);
      }
    }
    String s = url.toString();
    String base = s.substring(0, s.indexOf('?'));
    return URI.create(kept.length() == 0 ? base : base + "?" + kept);
  }
}
