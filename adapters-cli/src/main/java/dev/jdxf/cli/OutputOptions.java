package dev.jdxf.cli;

import dev.jdxf.domain.error.BadArgumentException;
import dev.jdxf.domain.model.Platform;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the environment says about the commands' output.
 *
 * @param platform {@code DXF_PLATFORM}: the platform to pick from a multi-platform alias
 * @param blobInfo {@code DXF_BLOB_INFO=1}: pull-blob writes {@code <digest> <size>\n} before each
 *     blob
 * @param chunkSize {@code DXF_CHUNK_SIZE}: bytes per write while pulling (empty: 1 MiB)
 * @param progress {@code DXF_PROGRESS}
 */
public record OutputOptions(
    Optional<Platform> platform, boolean blobInfo, OptionalInt chunkSize, Progress progress) {

  /** Bytes per write to standard output when {@code DXF_CHUNK_SIZE} is not set. */
  public static final int DEFAULT_WRITE_SIZE = 1 << 20;

  /** {@code DXF_PROGRESS}: {@code 1} on, {@code 0} off, anything else only on a terminal. */
  public enum Progress {
    ON,
    OFF,
    WHEN_TERMINAL;

    static Progress parse(Optional<String> value) {
      if (value.isEmpty()) {
        return WHEN_TERMINAL;
      }
      switch (value.get()) {
        case "1":
          return ON;
        case "0":
          return OFF;
        default:
          return WHEN_TERMINAL;
      }
    }

    /** Whether to draw bars, given whether standard error is a terminal. */
    public boolean enabled(boolean stderrIsTerminal) {
      return this == ON || (this == WHEN_TERMINAL && stderrIsTerminal);
    }
  }

  public OutputOptions {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chunkSize, "chunkSize");
    Objects.requireNonNull(progress, "progress");
    chunkSize.ifPresent(
        n -> {
          if (n <= 0) {
            throw new IllegalArgumentException("chunk size must be positive: " + n);
          }
        });
  }

  /** Reads the output variables; a malformed value fails with a one-line message. */
  public static OutputOptions from(Environment env) {
    return new OutputOptions(
        env.get("DXF_PLATFORM").filter(v -> !v.isEmpty()).map(OutputOptions::platform),
        env.isOne("DXF_BLOB_INFO"),
        env.get("DXF_CHUNK_SIZE")
            .filter(v -> !v.isEmpty())
            .map(OutputOptions::chunkSize)
            .orElse(OptionalInt.empty()),
        Progress.parse(env.get("DXF_PROGRESS")));
  }

  /** The size of each write to standard output. */
  public int writeSize() {
    return chunkSize.orElse(DEFAULT_WRITE_SIZE);
  }

  private static Platform platform(String value) {
    try {
      return Platform.parse(value);
    } catch (IllegalArgumentException e) {
      throw new BadArgumentException("DXF_PLATFORM: " + e.getMessage(), e);
    }
  }

  private static OptionalInt chunkSize(String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n > 0) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadArgumentException(
        "DXF_CHUNK_SIZE must be a positive number of bytes, got '" + value + "'");
  }
}
