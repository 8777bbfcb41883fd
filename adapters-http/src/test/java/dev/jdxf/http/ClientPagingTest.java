package dev.jdxf.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jdxf.domain.model.Page;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientPagingTest {
  private static final URI TAGS = URI.create("https://r:5000/v2/x/tags/list");

  @Test
  void aPageTheRegistryPagedIsKept() {
    URI next = URI.create("https://r:5000/v2/x/tags/list?last=b&n=2");
    assertEquals(
        new Page(List.of("b", "a"), Optional.of(next.toString())),
        ClientPaging.page(List.of("b", "a"), Optional.of(next), URI.create(TAGS + "?n=2")));
  }

  @Test
  void noPageSizeAskedKeepsTheRegistryOrder() {
    assertEquals(
        new Page(List.of("c", "a", "b"), Optional.empty()),
        ClientPaging.page(List.of("c", "a", "b"), Optional.empty(), TAGS));
  }

  @Test
  void aWholeListingIsPagedSortedWithLast() {
    List<String> all = List.of("c3", "a1", "e5", "b2", "d4");
    Page first = ClientPaging.page(all, Optional.empty(), URI.create(TAGS + "?n=2"));
    assertEquals(List.of("a1", "b2"), first.items());
    assertEquals(Optional.of(TAGS + "?n=2&last=b2"), first.next());
    Page second = ClientPaging.page(all, Optional.empty(), URI.create(first.next().get()));
    assertEquals(List.of("c3", "d4"), second.items());
    assertEquals(Optional.of(TAGS + "?n=2&last=d4"), second.next());
    Page third = ClientPaging.page(all, Optional.empty(), URI.create(second.next().get()));
    assertEquals(new Page(List.of("e5"), Optional.empty()), third);
  }

  @Test
  void queryValues() {
    URI u = URI.create("https://r/v2/_catalog?n=10&last=foo%2Fbar");
    assertEquals(Optional.of("10"), ClientPaging.query(u, "n"));
    assertEquals(Optional.of("foo/bar"), ClientPaging.query(u, "last"));
    assertEquals(Optional.empty(), ClientPaging.query(u, "x"));
  }
}
