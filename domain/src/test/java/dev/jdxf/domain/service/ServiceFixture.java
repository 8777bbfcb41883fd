package dev.jdxf.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jdxf.domain.error.ErrorKind;
import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.fake.FakeLocalFiles;
import dev.jdxf.domain.fake.InMemoryStore;
import dev.jdxf.domain.manifest.PythonJson;
import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An in-memory store with the use cases over it, and builders for test manifests. */
class ServiceFixture {
  static final RepositoryName REPO = RepositoryName.parse("test/repo");
  final InMemoryStore store = new InMemoryStore();
  final FakeLocalFiles files = new FakeLocalFiles();
  final UseCases useCases = UseCases.over(store.backend(), files);

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      JdxfException j = JdxfException.unwrap(e.getCause());
      if (j != null) {
        throw j;
      }
      throw new AssertionError(e.getCause());
    }
  }

  static JdxfException fails(ErrorKind kind, CompletionStage<?> stage) {
    JdxfException e = assertThrows(JdxfException.class, () -> await(stage));
    assertEquals(kind, e.kind(), () -> "wrong error: " + e);
    return e;
  }

  static String message(Throwable e) {
    return String.valueOf(e.getMessage());
  }

  /** Stores an OCI image (config + layers) and returns it. */
  RawManifest image(String name, String... layers) {
    BlobInfo config = store.addBlob(REPO, bytes("{\"name\": \"" + name + "\"}"));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schemaVersion", 2);
    m.put("mediaType", MediaType.OCI_MANIFEST.value());
    m.put("config", descriptor(MediaType.OCI_CONFIG.value(), config));
    m.put(
        "layers",
        java.util.Arrays.stream(layers)
            .map(
                l ->
                    descriptor(
                        "application/vnd.oci.image.layer.v1.tar", store.addBlob(REPO, bytes(l))))
            .toList());
    RawManifest raw = RawManifest.of(bytes(PythonJson.dumps(m)), MediaType.OCI_MANIFEST);
    store.addManifest(REPO, Optional.empty(), raw);
    return raw;
  }

  /** Stores an index under {@code alias} over {@code images} keyed {@code os/arch[/variant]}. */
  RawManifest index(String alias, Map<String, RawManifest> images) {
    List<Object> entries =
        images.entrySet().stream()
            .map(
                e -> {
                  String[] p = e.getKey().split("/");
                  Map<String, Object> platform = new LinkedHashMap<>();
                  platform.put("os", p[0]);
                  platform.put("architecture", p[1]);
                  if (p.length > 2) {
                    platform.put("variant", p[2]);
                  }
                  Map<String, Object> d = new LinkedHashMap<>();
                  d.put("mediaType", e.getValue().mediaType().value());
                  d.put("digest", e.getValue().digest().toString());
                  d.put("size", (long) e.getValue().size());
                  d.put("platform", platform);
                  return (Object) d;
                })
            .toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schemaVersion", 2);
    m.put("mediaType", MediaType.OCI_INDEX.value());
    m.put("manifests", entries);
    RawManifest raw = RawManifest.of(bytes(PythonJson.dumps(m)), MediaType.OCI_INDEX);
    store.addManifest(REPO, Optional.of(Alias.parse(alias)), raw);
    return raw;
  }

  private static Map<String, Object> descriptor(String type, BlobInfo blob) {
    return Map.of("mediaType", type, "digest", blob.digest().toString(), "size", blob.size());
  }
}
