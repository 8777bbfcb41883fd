package dev.jdxf.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.PageRequest;
import dev.jdxf.domain.port.out.Backend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Concurrent writers of one index.json lose no alias, in one JVM or in several processes. */
class IndexConcurrencyTest extends LayoutTestBase {

  private static List<String> expected(int count, String... prefixes) {
    TreeSet<String> names = new TreeSet<>();
    for (String p : prefixes) {
      IntStream.range(0, count).forEach(i -> names.add(p + "-" + i));
    }
    return List.copyOf(names);
  }

  private List<String> aliasesOnDisk() throws Exception {
    JsonNode index = new ObjectMapper().readTree(repoDir().resolve("index.json").toFile());
    TreeSet<String> names = new TreeSet<>();
    index
        .path("manifests")
        .forEach(e -> names.add(e.path("annotations").path(LayoutIndex.REF_NAME).asText()));
    assertEquals(names.size(), index.path("manifests").size(), "one entry per alias");
    return List.copyOf(names);
  }

  @Test
  void threadsOfTwoAdapterInstancesLoseNoAlias() throws Exception {
    Backend second = OciLayoutAdapters.create(vertx, root);
    List<CompletableFuture<Void>> writers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Backend backend = t % 2 == 0 ? store : second;
      String prefix = "t" + t;
      writers.add(
          CompletableFuture.supplyAsync(() -> IndexWriterMain.putAll(backend, REPO, prefix, 25))
              .thenCompose(f -> f));
    }
    CompletableFuture.allOf(writers.toArray(new CompletableFuture<?>[0]))
        .get(120, TimeUnit.SECONDS);

    List<String> want = expected(25, "t0", "t1", "t2", "t3");
    assertEquals(100, want.size());
    assertEquals(want, aliasesOnDisk());
    assertEquals(
        want, Await.result(store.manifests().listAliases(REPO, PageRequest.first(1000))).items());
    Await.result(store.manifests().get(REPO, Alias.parse("t3-24")));
  }

  @Test
  void twoProcessesAddingFiftyAliasesEachLoseNone() throws Exception {
    Path go = root.resolveSibling(root.getFileName() + "-go");
    List<Process> processes = new ArrayList<>();
    List<Path> ready = new ArrayList<>();
    try {
      for (String prefix : List.of("p1", "p2")) {
        Path readyFile = root.resolveSibling(root.getFileName() + "-ready-" + prefix);
        ready.add(readyFile);
        processes.add(start(prefix, readyFile, go));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!ready.stream().allMatch(Files::exists) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(ready.stream().allMatch(Files::exists), "both writer processes started");
      Files.writeString(go, "go");
      for (Process p : processes) {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "writer process finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "writer process failed:\n" + out);
      }
    } finally {
      processes.forEach(Process::destroyForcibly);
      Files.deleteIfExists(go);
      for (Path r : ready) {
        Files.deleteIfExists(r);
      }
    }

    List<String> want = expected(50, "p1", "p2");
    assertEquals(100, want.size());
    assertEquals(want, aliasesOnDisk());
  }

  private Process start(String prefix, Path readyFile, Path go) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            java,
            "-cp",
            classpath,
            IndexWriterMain.class.getName(),
            root.toString(),
            REPO.toString(),
            prefix,
            "50",
            readyFile.toString(),
            go.toString())
        .redirectErrorStream(true)
        .start();
  }
}
