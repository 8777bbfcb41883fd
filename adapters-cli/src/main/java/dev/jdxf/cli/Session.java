package dev.jdxf.cli;

import dev.jdxf.domain.model.ProgressListener;
import dev.jdxf.domain.model.RawManifest;
import dev.jdxf.domain.port.in.ManifestSource;
import jakarta.inject.Inject;
import org.jspecify.annotations.Nullable;

/**
 * What one command run shares: the output options (read from the environment when the command
 * starts, so {@code --help} never fails on them), standard output, the progress bars.
 */
final class Session {
  private final Streams streams;
  private final Environment env;
  private @Nullable OutputOptions options;
  private @Nullable Output out;
  private @Nullable ProgressBars bars;

  @Inject
  Session(Streams streams, Environment env) {
    this.streams = streams;
    this.env = env;
  }

  OutputOptions options() {
    OutputOptions o = options;
    if (o == null) {
      o = OutputOptions.from(env);
      options = o;
    }
    return o;
  }

  Output out() {
    Output o = out;
    if (o == null) {
      o = new Output(streams.out(), options().writeSize());
      out = o;
    }
    return o;
  }

  /** Progress bars when {@code DXF_PROGRESS} asks for them, else a listener that draws nothing. */
  ProgressListener progress() {
    if (!options().progress().enabled(streams.errIsTerminal())) {
      return ProgressListener.NONE;
    }
    ProgressBars b = bars;
    if (b == null) {
      b = new ProgressBars(streams.err());
      bars = b;
    }
    return b;
  }

  /** The manifest given on standard input. */
  ManifestSource stdinManifest() {
    RawManifest manifest = StdinManifest.read(streams.in());
    return ManifestSource.given(manifest);
  }

  /** Ends open bars and writes out buffered output. */
  void finish() {
    ProgressBars b = bars;
    if (b != null) {
      b.close();
    }
    Output o = out;
    if (o != null) {
      o.flush();
    }
  }
}
