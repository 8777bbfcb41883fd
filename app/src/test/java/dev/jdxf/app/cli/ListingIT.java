package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.RegistryMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * list-repos and list-aliases follow the registry's pages (two entries each) to the end; aliases
 * come in the registry's order, which is not sorted.
 */
class ListingIT {
  @RegisterExtension
  final RegistryExtension registry =
      RegistryExtension.of(RegistryMode.PLAIN, b -> b.smallCatalogPages());

  @TempDir Path dir;

  @Test
  void listReposFollowsEveryPage() {
    CliProcess jdxf = CliProcess.of(registry);
    Path file = Blobs.write(dir, "blob", Blobs.text("listed\n"));
    for (String repo : new String[] {"list/e", "list/a", "list/d", "list/b", "list/c"}) {
      jdxf.run("push-blob", repo, file.toString(), "@x").ok();
    }
    assertEquals("list/a\nlist/b\nlist/c\nlist/d\nlist/e\n", jdxf.run("list-repos").ok().out());
  }

  @Test
  void listAliasesPrintsEveryAlias() {
    CliProcess jdxf = CliProcess.of(registry);
    Path file = Blobs.write(dir, "blob", Blobs.text("aliased\n"));
    String digest = jdxf.run("push-blob", "list/tags", file.toString()).ok().out().strip();
    for (String tag : new String[] {"t5", "t1", "t3", "t2", "t4"}) {
      jdxf.run("set-alias", "list/tags", tag, digest).ok();
    }
    String out = jdxf.run("list-aliases", "list/tags").ok().out();
    assertTrue(out.endsWith("\n"), out);
    assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), out.lines().sorted().toList(), out);
  }

  @Test
  void anUnknownRepositoryHasNoAliases() {
    CliProcess.Result r = CliProcess.of(registry).run("list-aliases", "list/none");
    PlainRegistryIT.assertNotFound(r, "list/none");
  }
}
