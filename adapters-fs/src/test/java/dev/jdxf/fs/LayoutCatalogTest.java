package dev.jdxf.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Backend;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayoutCatalogTest extends LayoutTestBase {

  @Test
  void repositoriesAreTheNestedLayoutsSortedAndPaged() throws Exception {
    for (String name : List.of("b", "a/x", "a", "c/d/e", "a/blobs-not")) {
      write(store, RepositoryName.parse(name), utf8(name));
    }
    Files.createDirectories(root.resolve("plain-dir/sub"));
    Files.createDirectories(root.resolve(".hidden"));
    Files.writeString(root.resolve(".hidden/oci-layout"), "{}");

    Page all = Await.result(store.catalog().listRepositories(PageRequest.first(0)));
    assertEquals(List.of("a", "a/blobs-not", "a/x", "b", "c/d/e"), all.items());
    assertEquals(Optional.empty(), all.next());

    Page first = Await.result(store.catalog().listRepositories(PageRequest.first(2)));
    assertEquals(List.of("a", "a/blobs-not"), first.items());
    Page second =
        Await.result(store.catalog().listRepositories(PageRequest.first(2).after("a/blobs-not")));
    assertEquals(List.of("a/x", "b"), second.items());
    assertEquals(Optional.of("b"), second.next());
  }

  @Test
  void anEmptyOrMissingRootHasNoRepositories() {
    Backend missing = OciLayoutAdapters.create(vertx, root.resolve("not-yet"));
    assertEquals(
        List.of(), Await.result(missing.catalog().listRepositories(PageRequest.first(0))).items());
    Await.failure(NotFoundException.class, missing.catalog().apiVersion());
    assertEquals(
        List.of(), Await.result(store.catalog().listRepositories(PageRequest.first(0))).items());
  }

  @Test
  void apiVersionNamesTheLayoutVersion() {
    assertEquals("oci-layout/1.0.0", Await.result(store.catalog().apiVersion()));
  }

  @Test
  void tokensAreNotUsed() {
    store.tokens().useToken("ignored");
    assertEquals(Optional.empty(), store.tokens().token());
    assertEquals(
        Optional.empty(),
        Await.result(store.tokens().authenticate(Optional.of(REPO), List.of("pull"))));
  }
}
