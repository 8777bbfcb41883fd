package dev.jdxf.app.facade;

import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.ProgressListener;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How to push one blob (dxf's {@code push_blob} keyword arguments).
 *
 * @param digest the digest of the bytes when known in advance (dxf's {@code digest=}); the registry
 *     refuses bytes that do not match it. Unknown: computed while the bytes stream.
 * @param size the number of bytes when known in advance (for progress totals)
 * @param progress told how far the upload has come: once with 0, last with done == total
 * @param checkExists ask the registry first and upload nothing when it has the blob (dxf's default;
 *     {@code false} is {@code check_exists=False})
 * @param alias an alias to point at the blob once pushed
 */
public record PushOptions(
    Optional<Digest> digest,
    OptionalLong size,
    ProgressListener progress,
    boolean checkExists,
    Optional<Alias> alias) {

  public PushOptions {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(alias, "alias");
  }

  /** No known digest or size, no progress, check for an existing blob, no alias. */
  public static PushOptions defaults() {
    return new PushOptions(
        Optional.empty(), OptionalLong.empty(), ProgressListener.NONE, true, Optional.empty());
  }

  public PushOptions withDigest(Digest value) {
    return new PushOptions(Optional.of(value), size, progress, checkExists, alias);
  }

  public PushOptions withSize(long value) {
    return new PushOptions(digest, OptionalLong.of(value), progress, checkExists, alias);
  }

  public PushOptions withProgress(ProgressListener value) {
    return new PushOptions(digest, size, value, checkExists, alias);
  }

  public PushOptions withCheckExists(boolean value) {
    return new PushOptions(digest, size, progress, value, alias);
  }

  /** Points {@code value} (a plain alias name, no {@code @}) at the blob once pushed. */
  public PushOptions withAlias(String value) {
    return new PushOptions(digest, size, progress, checkExists, Optional.of(Alias.parse(value)));
  }
}
