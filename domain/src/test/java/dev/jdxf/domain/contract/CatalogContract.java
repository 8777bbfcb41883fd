package dev.jdxf.domain.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.domain.manifest.DxfAliasManifest;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Page;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.model.RepositoryName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link dev.jdxf.domain.port.out.Catalog} adapter must have. */
public abstract class CatalogContract extends ContractSupport {

  @Test
  void listRepositoriesPageByPageFindsNewRepositories() {
    List<RepositoryName> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      RepositoryName repo = newRepository();
      await(
          backend()
              .manifests()
              .put(
                  repo,
                  Alias.parse("t"),
                  DxfAliasManifest.of(List.of(pushBlob(repo, bytes("c" + repo))))));
      created.add(repo);
    }
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(1);
    for (int i = 0; i < 10_000; i++) {
      Page page = await(backend().catalog().listRepositories(request));
      assertTrue(page.items().size() <= 1, () -> "page larger than asked: " + page.items());
      seen.addAll(page.items());
      if (page.next().isEmpty()) {
        break;
      }
      request = request.after(page.next().get());
    }
    for (RepositoryName r : created) {
      assertTrue(seen.contains(r.value()), () -> r + " not listed in " + seen);
    }
  }

  @Test
  void apiVersionIsNamed() {
    assertFalse(await(backend().catalog().apiVersion()).isBlank());
  }
}
