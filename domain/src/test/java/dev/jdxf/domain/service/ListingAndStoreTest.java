package dev.jdxf.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.ErrorKind;
import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.manifest.DxfAliasManifest;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.port.out.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ListingAndStoreTest extends ServiceFixture {
  @Test
  void listAliasesFollowsManyPagesWithoutDeepeningTheStack() {
    RawManifest m = DxfAliasManifest.of(List.of(store.addBlob(REPO, bytes("x"))));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String n = String.format("t%05d", i);
      names.add(n);
      store.addManifest(REPO, Optional.of(Alias.parse(n)), m);
    }
    assertEquals(names, await(useCases.listAliases().listAliases(REPO, 1)));
    Page first = await(useCases.listAliases().listAliasesPage(REPO, PageRequest.first(2)));
    assertEquals(List.of("t00000", "t00001"), first.items());
    assertTrue(first.next().isPresent());
  }

  @Test
  void listRepositoriesCollectsAll() {
    store.addBlob(RepositoryName.parse("a/one"), bytes("1"));
    store.addBlob(RepositoryName.parse("b/two"), bytes("2"));
    assertEquals(List.of("a/one", "b/two"), await(useCases.listRepositories().listRepositories(1)));
  }

  @Test
  void aListingThatNeverEndsIsStopped() {
    AtomicInteger calls = new AtomicInteger();
    Catalog endless =
        new Catalog() {
          @Override
          public CompletionStage<Page> listRepositories(PageRequest page) {
            calls.incrementAndGet();
            return CompletableFuture.completedFuture(new Page(List.of("r"), Optional.of("again")));
          }

          @Override
          public CompletionStage<String> apiVersion() {
            return CompletableFuture.completedFuture("registry/2.0");
          }
        };
    Backend b = store.backend();
    UseCases u = UseCases.over(new Backend(b.blobs(), b.manifests(), endless, b.tokens()), files);
    JdxfException e = fails(ErrorKind.TRANSPORT, u.listRepositories().listRepositories(0));
    assertTrue(message(e).contains("10000 pages"), message(e));
    assertEquals(10_000, calls.get());
  }

  @Test
  void authenticateAndApiVersionGoToTheStore() {
    assertEquals(
        Optional.of("token:test/repo:[pull, push]"),
        await(useCases.authenticate().authenticate(Optional.of(REPO), List.of("pull", "push"))));
    assertEquals("registry/2.0", await(useCases.checkApi().apiVersion()));
  }
}
