package dev.jdxf.app.cli;

/**
 * Starts the warm-ups of a command-line run ({@link JdkWarmUp}, {@link NettyWarmUp}, {@link
 * TlsWarmUp}): each on a daemon thread of its own, so it never holds up the end of a run.
 */
final class WarmUps {
  private WarmUps() {}

  static void start(String name, Runnable warmUp) {
    Thread thread = new Thread(warmUp, name);
    thread.setDaemon(true);
    thread.start();
  }
}
