package dev.jdxf.app.cli;

import dev.jdxf.cli.Environment;
import dev.jdxf.cli.Streams;
import java.util.List;

/** The {@code jdxf} command: runs one dxf command and exits with dxf's status. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, Environment.system(), Streams.system()));
  }

  /** Runs one command with these streams and environment; returns the exit status. */
  public static int run(String[] args, Environment env, Streams streams) {
    quietVertx();
    CliComponent component = DaggerCliComponent.factory().create(List.of(args), env, streams);
    try {
      return component.commandLine().execute(args);
    } finally {
      component.runtime().close();
    }
  }

  /**
   * Start-up settings read by Vert.x when its classes load: the JDK's resolver instead of Netty's
   * DNS client (which reads resolver files and starts a DNS channel), no classpath file cache.
   */
  private static void quietVertx() {
    setIfAbsent("vertx.disableDnsResolver", "true");
    setIfAbsent("vertx.disableFileCPResolving", "true");
    setIfAbsent("vertx.disableFileCaching", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
