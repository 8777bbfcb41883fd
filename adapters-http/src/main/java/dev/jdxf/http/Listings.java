package dev.jdxf.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.error.RegistryException;
import dev.jdxf.domain.manifest.JsonTrees;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paginated listings ({@code tags/list}, {@code _catalog}): the first page's URL with {@code n},
 * cursors (the resolved {@code Link: <...>; rel="next"} URL, same origin only), and page bodies.
 */
final class Listings {
  private static final int BODY_LIMIT = 16 * 1024 * 1024;

  private Listings() {}

  /** Where a page is: the cursor when given (on the registry's origin only), else the first. */
  static URI pageUrl(URI first, PageRequest page, URI base, String registry) {
    if (page.cursor().isEmpty()) {
      return page.size() > 0
          ? Urls.withQueryParameter(first, "n", Integer.toString(page.size()))
          : first;
    }
    String cursor = page.cursor().get();
    Optional<URI> url = Urls.resolve(base, cursor);
    if (url.isEmpty() || !Urls.sameOrigin(url.get(), base)) {
      throw new BadArgumentException(
          "page cursor " + cursor + " does not point to registry " + registry);
    }
    return url.get();
  }

  /** The names in {@code field} of the JSON body, and the next page from the Link header. */
  static Future<Page> read(
      HttpClientResponse response, URI requestUrl, String field, String what, String registry) {
    Optional<URI> next = LinkHeader.next(response.headers().getAll("Link"), requestUrl);
    int status = response.statusCode();
    return BodyReader.read(
            response,
            BODY_LIMIT,
            size ->
                new RegistryException(
                    what + " on registry " + registry,
                    status,
                    "page of " + size + " bytes is too large",
                    List.of()))
        .compose(
            body -> {
              try {
                JsonNode json = JsonTrees.read(body.getBytes());
                if (json == null || !json.isObject()) {
                  throw new IOException("not a JSON object");
                }
                List<String> items = new ArrayList<>();
                for (JsonNode item : json.path(field)) {
                  items.add(item.isTextual() ? item.asText() : item.toString());
                }
                return Future.succeededFuture(ClientPaging.page(items, next, requestUrl));
              } catch (IOException | RuntimeException e) {
                return Future.failedFuture(
                    new RegistryException(
                        what + " on registry " + registry,
                        status,
                        "answer is not the expected JSON",
                        List.of()));
              }
            });
  }
}
