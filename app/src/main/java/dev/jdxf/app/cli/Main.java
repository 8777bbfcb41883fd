package dev.jdxf.app.cli;

import dev.jdxf.cli.CliModule;
import dev.jdxf.cli.ConnectionOptions;
import dev.jdxf.cli.Environment;
import dev.jdxf.cli.Streams;
import java.util.List;

/** The {@code jdxf} command: runs one dxf command and exits with dxf's status. */
public final class Main {
  private Main() {}

  /**
   * Runs one command and exits. A command that reaches a store gets the JDK's part of the start-up
   * done alongside ({@link JdkWarmUp}); one that reaches a registry over TLS that of the JDK's TLS
   * client too ({@link TlsWarmUp}), and one that reads a manifest that of the JSON parser ({@link
   * ManifestWarmUp}). (Netty's part waits for Vert.x's settings: {@link VertxRuntime}.) Vert.x is
   * closed all the same before the exit: the JVM waits up to 0.3 s for a thread still in native
   * code, as an idle event loop is. A run that records classes for a cache may then rehearse the
   * paths that reach no store ({@link Rehearsal}).
   */
  public static void main(String[] args) {
    Environment env = Environment.system();
    if (args.length > 0 && CliModule.COMMANDS.contains(args[0])) {
      JdkWarmUp.start();
      if (reachesRegistryOverTls(env)) {
        TlsWarmUp.start();
      }
      if (ManifestWarmUp.wanted(args)) {
        ManifestWarmUp.start();
      }
    }
    int status = run(args, env, Streams.system());
    if (Rehearsal.wanted()) {
      Rehearsal.run();
    }
    System.exit(status);
  }

  private static boolean reachesRegistryOverTls(Environment env) {
    try {
      return ConnectionOptions.from(env).reachesRegistryOverTls();
    } catch (RuntimeException e) {
      return false; // a malformed variable: the command reports it
    }
  }

  /** Runs one command with these streams and environment; returns the exit status. */
  public static int run(String[] args, Environment env, Streams streams) {
    quietVertx();
    CliComponent component = DaggerCliComponent.factory().create(List.of(args), env, streams);
    try {
      return component.commandRunner().run();
    } finally {
      component.runtime().close();
    }
  }

  /**
   * Start-up settings read by Vert.x and Netty when their classes load: the JDK's resolver instead
   * of Netty's DNS client (which reads resolver files and starts a DNS channel), no classpath file
   * cache, no JFR events in Netty's buffer allocator (loading them costs a JFR instrumentation pass
   * of about 0.1 s, and CDS cannot archive them). Netty's channel ids get this process's id
   * directly: Netty looks it up through method handles, about 10 ms on a cold JVM.
   */
  private static void quietVertx() {
    setIfAbsent("vertx.disableDnsResolver", "true");
    setIfAbsent("vertx.disableFileCPResolving", "true");
    setIfAbsent("vertx.disableFileCaching", "true");
    setIfAbsent("io.netty.jfr.enabled", "false");
    setIfAbsent("io.netty.processId", Long.toString(ProcessHandle.current().pid()));
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
