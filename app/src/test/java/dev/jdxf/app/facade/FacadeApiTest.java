package dev.jdxf.app.facade;

import static dev.jdxf.app.facade.FacadeTesting.await;
import static dev.jdxf.app.facade.FacadeTesting.randomBytes;
import static dev.jdxf.app.facade.FacadeTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.error.NotFoundException;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.port.in.PerPlatform;
import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.RegistryMode;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The rest of dxf's library API through the facade, on a plain registry and a local layout. */
class FacadeApiTest {
  @RegisterExtension
  static final RegistryExtension SERVER =
      RegistryExtension.of(RegistryMode.PLAIN, b -> b.smallCatalogPages());

  @TempDir Path dir;
  private final Vertx vertx = Vertx.vertx();
  private final JdxfRegistry registry = Jdxf.registry(vertx, FacadeTesting.options(SERVER));

  @AfterEach
  void close() throws Exception {
    await(registry.close());
    await(vertx.close());
  }

  @Test
  void aliasesAndManifests() throws Exception {
    JdxfRepository repo = registry.repository(FacadeTesting.freshRepository());
    Digest one = await(repo.pushBlob(write(dir, "one", randomBytes(100, 31))));
    Digest two = await(repo.pushBlob(write(dir, "two", randomBytes(200, 32))));

    RawManifest made = await(repo.makeManifest(List.of(one, two)));
    RawManifest set = await(repo.setAlias("v1", List.of(one, two)));
    assertEquals(made, set, "make_manifest gives what set_alias writes");

    assertEquals(PerPlatform.single(List.of(one, two)), await(repo.getAlias("v1")));
    assertEquals(PerPlatform.single(List.of(one, two)), await(repo.getAlias(set)));
    assertEquals(
        List.of(new BlobInfo(one, 100), new BlobInfo(two, 200)),
        await(repo.getAliasWithSizes("v1", Optional.empty())));
    assertEquals(PerPlatform.single(one), await(repo.getDigest("v1")));
    assertEquals(PerPlatform.single(set), await(repo.getManifest("v1")));

    assertEquals(set.digest(), await(repo.setManifest("v2", set)));
    assertEquals(List.of("v1", "v2"), await(repo.listAliases()));
    // registry 2.8 answers tags/list in one page whatever n asks: the adapter pages it itself
    Page first = await(repo.listAliasesPage(PageRequest.first(1)));
    assertEquals(List.of("v1"), first.items());
    String cursor = first.next().orElseThrow();
    Page second = await(repo.listAliasesPage(PageRequest.first(1).after(cursor)));
    assertEquals(List.of("v2"), second.items());
    assertEquals(Optional.empty(), second.next());

    assertEquals(PerPlatform.single(List.of(one, two)), await(repo.delAlias("v1")));
    assertThrows(NotFoundException.class, () -> await(repo.getAlias("v1")));
  }

  @Test
  void mountDeleteAndRepositories() throws Exception {
    String fromName = FacadeTesting.freshRepository();
    JdxfRepository from = registry.repository(fromName);
    JdxfRepository to = registry.repository(FacadeTesting.freshRepository());
    Digest blob = await(from.pushBlob(write(dir, "blob", randomBytes(300, 33))));

    assertEquals(blob, await(to.mountBlob(fromName, blob)));
    assertEquals(300, await(to.blobSize(blob)));
    await(to.delBlob(blob));
    assertThrows(NotFoundException.class, () -> await(to.blobSize(blob)));
    assertEquals(300, await(from.blobSize(blob)));

    List<String> all = await(registry.listRepos());
    assertTrue(all.contains(fromName), all.toString());
    // page by page, two names a page (the registry's catalog pages hold two)
    List<String> paged = new ArrayList<>();
    Page page = await(registry.listReposPage(PageRequest.first(2)));
    paged.addAll(page.items());
    while (page.next().isPresent()) {
      page = await(registry.listReposPage(PageRequest.first(2).after(page.next().get())));
      paged.addAll(page.items());
    }
    assertEquals(all, paged);
    assertEquals("registry/2.0", await(registry.apiVersionCheck()));
    assertEquals(Optional.empty(), await(registry.authenticate()));
  }

  @Test
  void helpers() throws Exception {
    byte[] bytes = randomBytes(5000, 34);
    Digest d = Jdxf.hashBytes(bytes);
    assertEquals(new BlobInfo(d, 5000), await(Jdxf.hashFile(vertx, write(dir, "f", bytes))));
    assertEquals(d, Jdxf.splitDigest(d.toString()));
    assertEquals("sha256", Jdxf.splitDigest(d.toString()).algorithm().wireName());
    assertThrows(
        IllegalArgumentException.class, () -> Jdxf.splitDigest("sha512:" + "a".repeat(128)));
  }

  @Test
  void aLocalLayoutStoreWorksTheSameWay() throws Exception {
    JdxfRegistry local = Jdxf.local(vertx, dir.resolve("layouts"));
    try {
      JdxfRepository repo = local.repository("local/data");
      byte[] content = randomBytes(70_000, 35);
      Digest digest =
          await(repo.pushBlob(write(dir, "blob", content), PushOptions.defaults().withAlias("x")));
      assertEquals(PerPlatform.single(List.of(digest)), await(repo.getAlias("x")));
      assertEquals(
          content.length,
          await(FacadeTesting.collect(await(repo.pullBlob(digest)).stream())).length());
      assertEquals(List.of("local/data"), await(local.listRepos()));
      assertFalse(local.token().isPresent());
    } finally {
      await(local.close());
    }
  }
}
