package dev.jdxf.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jdxf.domain.error.ErrorKind;
import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.domain.manifest.PythonJson;
import dev.jdxf.domain.model.BlobInfo;
import dev.jdxf.domain.model.BlobSource;
import dev.jdxf.domain.model.MediaType;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.out.Backend;
import dev.jdxf.domain.stream.SmallContent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the port contract tests share: the store under test, fresh repositories, blocking waits with
 * a timeout, and builders for small blobs and manifests every store accepts.
 */
public abstract class ContractSupport {
  /** How long one store call may take in a contract test. */
  protected static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** The store under test (the same object for the whole test is fine). */
  protected abstract Backend backend();

  /** A repository name no other test uses; override to add a prefix the store needs. */
  protected RepositoryName newRepository() {
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return RepositoryName.parse("contract/" + id.toLowerCase(Locale.ROOT));
  }

  /** Waits for {@code stage}; a failure is rethrown as the store's {@link JdxfException}. */
  protected static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (TimeoutException e) {
      throw new AssertionError("the store did not answer within " + TIMEOUT, e);
    } catch (ExecutionException e) {
      JdxfException j = JdxfException.unwrap(e.getCause());
      if (j != null) {
        throw j;
      }
      throw new AssertionError("failed with a non-jdxf error", e.getCause());
    }
  }

  /** Asserts that {@code stage} fails with a jdxf error of {@code kind}; returns it. */
  protected static JdxfException assertFailsWith(ErrorKind kind, CompletionStage<?> stage) {
    JdxfException e = assertThrows(JdxfException.class, () -> await(stage));
    assertEquals(kind, e.kind(), () -> "wrong kind of error: " + e);
    if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
      fail("error messages are one non-empty line: <" + e.getMessage() + ">");
    }
    return e;
  }

  /** The message of {@code e} ("null" when it has none). */
  protected static String message(Throwable e) {
    return String.valueOf(e.getMessage());
  }

  protected static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Random-looking but reproducible content of {@code size} bytes. */
  protected static byte[] content(int size, long seed) {
    byte[] out = new byte[size];
    new java.util.Random(seed).nextBytes(out);
    return out;
  }

  /** Stores {@code data} in {@code repo} with its digest known in advance. */
  protected BlobInfo pushBlob(RepositoryName repo, byte[] data) {
    BlobInfo info = new BlobInfo(dev.jdxf.domain.model.Digest.sha256(data), data.length);
    return await(
        backend().blobs().write(repo, BlobSource.known(info, SmallContent.publisherOf(data))));
  }

  /** Reads a (small) blob back whole. */
  protected byte[] readBlob(RepositoryName repo, dev.jdxf.domain.model.Digest digest) {
    return await(
        backend()
            .blobs()
            .read(repo, digest)
            .thenCompose(c -> SmallContent.collect(c.bytes(), 64 * 1024 * 1024)));
  }

  /** An OCI image manifest naming a config and layers already stored. */
  protected static RawManifest ociImage(BlobInfo config, List<BlobInfo> layers) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schemaVersion", 2);
    m.put("mediaType", MediaType.OCI_MANIFEST.value());
    m.put("config", descriptor(MediaType.OCI_CONFIG.value(), config));
    m.put(
        "layers",
        layers.stream().map(l -> descriptor("application/vnd.oci.image.layer.v1.tar", l)).toList());
    return RawManifest.of(bytes(PythonJson.dumps(m)), MediaType.OCI_MANIFEST);
  }

  /** An OCI index of image manifests already stored, each for a platform {@code os/arch}. */
  protected static RawManifest ociIndex(Map<String, RawManifest> byPlatform) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schemaVersion", 2);
    m.put("mediaType", MediaType.OCI_INDEX.value());
    m.put(
        "manifests",
        byPlatform.entrySet().stream()
            .map(
                e -> {
                  String[] p = e.getKey().split("/");
                  Map<String, Object> d = new LinkedHashMap<>();
                  d.put("mediaType", e.getValue().mediaType().value());
                  d.put("digest", e.getValue().digest().toString());
                  d.put("size", (long) e.getValue().size());
                  d.put("platform", Map.of("os", p[0], "architecture", p[1]));
                  return d;
                })
            .toList());
    return RawManifest.of(bytes(PythonJson.dumps(m)), MediaType.OCI_INDEX);
  }

  private static Map<String, Object> descriptor(String type, BlobInfo blob) {
    return Map.of("mediaType", type, "digest", blob.digest().toString(), "size", blob.size());
  }
}
