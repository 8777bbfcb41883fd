package dev.jdxf.http;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jdxf.domain.error.JdxfException;
import dev.jdxf.testing.RegistryExtension;
import dev.jdxf.testing.RegistryMode;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Settings for the harness registries and ways to wait for the adapter's answers. */
final class Adapters {
  private Adapters() {}

  /** Settings reaching {@code registry} the way its mode wants: TLS with the test CA, the user. */
  static RegistrySettings.Builder settings(RegistryExtension registry) {
    RegistrySettings.Builder b = RegistrySettings.builder(registry.host());
    if (registry.isTls()) {
      b.caBundle(registry.caPemPath());
    } else {
      b.insecure(true);
    }
    if (registry.mode() != RegistryMode.PLAIN) {
      b.credentials(registry.username(), registry.password());
    }
    return b;
  }

  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      throw new AssertionError("failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("no answer in time", e);
    }
  }

  /** The jdxf error {@code stage} failed with, of {@code type}. */
  static <E extends JdxfException> E failure(Class<E> type, CompletionStage<?> stage) {
    ExecutionException e =
        assertThrows(
            ExecutionException.class, () -> stage.toCompletableFuture().get(120, TimeUnit.SECONDS));
    JdxfException j = JdxfException.unwrap(e);
    if (!type.isInstance(j)) {
      fail("expected " + type.getSimpleName() + " but got " + e.getCause(), e.getCause());
    }
    return type.cast(java.util.Objects.requireNonNull(j));
  }

  /** The message of {@code e} (never null for jdxf errors). */
  static String message(Throwable e) {
    return String.valueOf(e.getMessage());
  }
}
