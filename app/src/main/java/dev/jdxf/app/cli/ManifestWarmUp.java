package dev.jdxf.app.cli;

import dev.jdxf.domain.manifest.ManifestParser;
import dev.jdxf.domain.model.RawManifest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The first-use work of reading a manifest, done on a thread of its own from the start of a command
 * that reads manifests, so that the event loop finds it done when the registry's answer arrives:
 * one OCI image manifest digested (SHA-256) and parsed ({@link ManifestParser}: Jackson's parser
 * and tree, the manifest model). About 27 ms of a {@code get-alias} run (0.2396 against 0.2130 s).
 */
final class ManifestWarmUp implements Runnable {
  static final String THREAD = "jdxf-manifest-warm-up";

  /** The commands that always read a manifest (pull-blob only for an alias). */
  private static final Set<String> COMMANDS =
      Set.of("get-alias", "get-digest", "get-manifest", "del-alias", "copy");

  private static final String SAMPLE =
      """
      {"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",\
      "config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":2,\
      "digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"},\
      "layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","size":4,\
      "digest":"sha256:b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c"}]}""";

  private ManifestWarmUp() {}

  /**
   * Whether the command {@code args} name reads a manifest: those above, and {@code pull-blob}
   * given an alias ({@code @alias}). (A warm-up where no manifest is read costs the run: a {@code
   * pull-blob} of one small blob by digest took 0.23 s with it, 0.20 s without.)
   */
  static boolean wanted(String... args) {
    if (args.length == 0) {
      return false;
    }
    if (COMMANDS.contains(args[0])) {
      return true;
    }
    if (args[0].equals("pull-blob")) {
      for (String arg : args) {
        if (arg.startsWith("@")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Starts the warm-up on a daemon thread of its own. */
  static void start() {
    WarmUps.start(THREAD, new ManifestWarmUp());
  }

  @Override
  public void run() {
    try {
      ManifestParser.parse(
          RawManifest.received(
              SAMPLE.getBytes(StandardCharsets.UTF_8),
              "application/vnd.oci.image.manifest.v1+json"));
    } catch (RuntimeException e) {
      // only a warm-up: the command's own manifest is read and checked all the same
    }
  }
}
