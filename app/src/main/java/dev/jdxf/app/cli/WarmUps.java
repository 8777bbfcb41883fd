package dev.jdxf.app.cli;

/**
 * Starts the warm-ups of a command-line run ({@link JdkWarmUp}, {@link NettyWarmUp}, {@link
 * TlsWarmUp}, {@link ManifestWarmUp}): each on a daemon thread of its own, so it never holds up the
 * end of a run, and silent whatever it meets (even an {@link Error}): the command does the same
 * work again and reports what fails, once, in its own words.
 */
final class WarmUps {
  private WarmUps() {}

  static void start(String name, Runnable warmUp) {
    Thread thread = new Thread(warmUp, name);
    thread.setDaemon(true);
    thread.setUncaughtExceptionHandler(Silent.INSTANCE);
    thread.start();
  }

  /** Drops what a warm-up throws: without it, the JVM would print its stack trace to stderr. */
  private enum Silent implements Thread.UncaughtExceptionHandler {
    INSTANCE;

    @Override
    public void uncaughtException(Thread thread, Throwable thrown) {
      // a warm-up's failure changes nothing: see the class comment
    }
  }
}
