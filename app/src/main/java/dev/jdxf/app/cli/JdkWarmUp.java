package dev.jdxf.app.cli;

import java.io.IOException;
import java.net.URL;
import java.nio.channels.Selector;
import java.util.Enumeration;
import java.util.logging.LogManager;

/**
 * Start-up work of the JDK's own that a command reaching a store will need, done on a second thread
 * while the main thread reads the command line and wires the command: opening every jar of the
 * class path (the first {@code ServiceLoader} does it, here Netty's first logger), starting JDK
 * logging (Netty's and Vert.x's loggers) and the NIO selector machinery (Vert.x's event loop). Only
 * JDK classes: Vert.x and Netty are still started by the command, when it needs a store.
 */
final class JdkWarmUp implements Runnable {
  private static final String SERVICES = "META-INF/services/java.lang.System$LoggerFinder";

  private JdkWarmUp() {}

  /** Starts the warm-up on a daemon thread: it never holds up the end of a run. */
  static void start() {
    Thread thread = new Thread(new JdkWarmUp(), "jdxf-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    try {
      Enumeration<URL> found = JdkWarmUp.class.getClassLoader().getResources(SERVICES);
      while (found.hasMoreElements()) {
        found.nextElement();
      }
      LogManager.getLogManager();
      Selector.open().close();
    } catch (IOException | RuntimeException e) {
      // only a warm-up: the command does the same work again and reports what fails
    }
  }
}
