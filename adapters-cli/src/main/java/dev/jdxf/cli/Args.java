package dev.jdxf.cli;

import dev.jdxf.domain.model.Alias;
import dev.jdxf.domain.model.ContentLocation;
import dev.jdxf.domain.model.Digest;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.BlobTarget;
import dev.jdxf.domain.port.in.ManifestSource;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reads dxf's positional arguments; anything wrong is a {@link UsageException}. */
final class Args {
  static final int UNBOUNDED = Integer.MAX_VALUE;

  private Args() {}

  /** Checks that there are between {@code min} and {@code max} arguments. */
  static void count(List<String> args, int min, int max) {
    if (args.size() < min) {
      throw new UsageException(UsageException.TOO_FEW);
    }
    if (args.size() > max) {
      throw new UsageException(UsageException.TOO_MANY);
    }
  }

  static RepositoryName repository(String arg) {
    try {
      return RepositoryName.parse(arg);
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  /** An alias written {@code @name} (push-blob, mount-blob, pull-blob, blob-size, del-blob). */
  static Alias atAlias(String arg) {
    if (!arg.startsWith("@")) {
      throw new UsageException(UsageException.INVALID_ALIAS);
    }
    return alias(arg.substring(1));
  }

  /** An alias written as a bare name (set-alias, get-alias, del-alias, get-digest, ...). */
  static Alias alias(String name) {
    try {
      return Alias.parse(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException(UsageException.INVALID_ALIAS + " '" + name + "'");
    }
  }

  /** A {@code copy} location: {@code HOST/REPO:ALIAS} or {@code oci:PATH:REPO:ALIAS}. */
  static ContentLocation location(String arg) {
    try {
      return ContentLocation.parse(arg);
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  static Digest digest(String arg) {
    try {
      return Digest.parse(arg);
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  /** {@code @alias}: the blobs of the alias's manifest; anything else: one blob's digest. */
  static BlobTarget blobTarget(String arg) {
    if (arg.startsWith("@")) {
      return new BlobTarget.ManifestBlobs(ManifestSource.alias(atAlias(arg)));
    }
    return new BlobTarget.OneBlob(digest(arg));
  }

  /**
   * The manifests named by bare alias arguments; with none, the one {@code stdin} supplies (dxf's
   * stdin form).
   */
  static List<ManifestSource> manifests(List<String> aliases, Supplier<ManifestSource> stdin) {
    if (aliases.isEmpty()) {
      return List.of(stdin.get());
    }
    return aliases.stream().map(a -> ManifestSource.alias(alias(a))).collect(Collectors.toList());
  }

  /**
   * What blob commands act on: each {@code @alias} or digest argument; with none, the manifest
   * {@code stdin} supplies (dxf's stdin form).
   */
  static List<BlobTarget> blobTargets(List<String> args, Supplier<ManifestSource> stdin) {
    List<BlobTarget> targets = args.stream().map(Args::blobTarget).collect(Collectors.toList());
    return targets.isEmpty() ? List.of(new BlobTarget.ManifestBlobs(stdin.get())) : targets;
  }

  /** Bare alias names. */
  static List<Alias> aliases(List<String> args) {
    return args.stream().map(Args::alias).collect(Collectors.toList());
  }
}
