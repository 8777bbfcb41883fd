package dev.jdxf.app.cli;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.channels.Selector;
import java.util.Enumeration;

/**
 * Start-up work of the JDK's own that a command reaching a store will need, done on a second thread
 * while the main thread reads the command line and wires the command: opening every jar of the
 * class path (the first {@code ServiceLoader} does it, here Vert.x's as it starts), the NIO
 * selector machinery (Vert.x's event loop) and the reflective calls Vert.x makes as it starts. Only
 * JDK classes: Vert.x and Netty are still started by the command, when it needs a store. (JDK
 * logging is not started at all: Vert.x and Netty log through {@link StderrLogs}.)
 */
final class JdkWarmUp implements Runnable {
  private static final String SERVICES = "META-INF/services/java.lang.System$LoggerFinder";

  private JdkWarmUp() {}

  /** Starts the warm-up on a daemon thread of its own. */
  static void start() {
    WarmUps.start("jdxf-warm-up", new JdkWarmUp());
  }

  @Override
  public void run() {
    try {
      Enumeration<URL> found = JdkWarmUp.class.getClassLoader().getResources(SERVICES);
      while (found.hasMoreElements()) {
        found.nextElement();
      }
      virtualThreadProbe();
      Selector.open().close();
    } catch (IOException | RuntimeException e) {
      // only a warm-up: the command does the same work again and reports what fails
    }
  }

  /**
   * The JDK calls of Vert.x's probe for virtual threads ({@code VertxImpl.virtualThreadFactory}),
   * made by every {@code Vertx.vertx()}: since Java 18 a method's first reflective call builds a
   * method handle for it, about 20 ms for these three on a cold JVM. Made here first, they are
   * ready when Vert.x makes them. Before Java 21 the methods do not exist, for Vert.x either.
   */
  private static void virtualThreadProbe() {
    try {
      Class<?> builder = Class.forName("java.lang.Thread$Builder");
      Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
      Method make = Thread.class.getDeclaredMethod("ofVirtual");
      Method name = ofVirtual.getDeclaredMethod("name", String.class, long.class);
      Method factory = builder.getDeclaredMethod("factory");
      Object virtual = make.invoke(null);
      virtual = name.invoke(virtual, "jdxf-warm-up-", 0L);
      factory.invoke(virtual);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Java 17 to 20: no virtual threads, nothing to prepare
    }
  }
}
