package dev.jdxf.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
  private static final URI REQUEST = URI.create("https://reg.example:5000/v2/_catalog?n=2");

  @Test
  void relativeNextIsResolvedAgainstTheRequest() {
    assertEquals(
        Optional.of(URI.create("https://reg.example:5000/v2/_catalog?last=b&n=2")),
        LinkHeader.next(List.of("</v2/_catalog?last=b&n=2>; rel=\"next\""), REQUEST));
  }

  @Test
  void absoluteNextAndUnquotedRel() {
    assertEquals(
        Optional.of(URI.create("https://other.example/v2/x/tags/list?last=t")),
        LinkHeader.next(
            List.of("<https://other.example/v2/x/tags/list?last=t>; rel=next"), REQUEST));
  }

  @Test
  void picksNextAmongSeveralLinks() {
    assertEquals(
        Optional.of(URI.create("https://reg.example:5000/v2/_catalog?last=d")),
        LinkHeader.next(
            List.of(
                "</v2/_catalog?first>; rel=\"first\", </v2/_catalog?last=d>; rel=\"prev next\""),
            REQUEST));
  }

  @Test
  void commaInsideTheUrl() {
    assertEquals(
        Optional.of(URI.create("https://reg.example:5000/v2/_catalog?last=a,b")),
        LinkHeader.next(List.of("</v2/_catalog?last=a,b>; rel=\"next\""), REQUEST));
  }

  @Test
  void noNext() {
    assertEquals(Optional.empty(), LinkHeader.next(List.of(), REQUEST));
    assertEquals(
        Optional.empty(), LinkHeader.next(List.of("</v2/_catalog?x>; rel=\"prev\""), REQUEST));
    assertEquals(Optional.empty(), LinkHeader.next(List.of("garbage"), REQUEST));
  }
}
