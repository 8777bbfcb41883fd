package dev.jdxf.app.cli;

import io.netty.util.internal.logging.AbstractInternalLogger;
import io.netty.util.internal.logging.InternalLogger;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.vertx.core.spi.logging.LogDelegate;
import io.vertx.core.spi.logging.LogDelegateFactory;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * Where Vert.x's and Netty's log records go in a command-line run, in place of JDK logging (which
 * both would use otherwise, and whose start-up, its configuration file and service lookups, cost a
 * short command about 10 ms): warnings and errors to stderr, one line each and prefixed like jdxf's
 * own errors ({@code jdxf: warning from BlockedThreadChecker: ...}), with the stack trace and any
 * further lines only under {@code --debug} or {@code JDXF_DEBUG=1}; nothing below a warning.
 *
 * <p>Public, with a public constructor, because Vert.x makes its log factory from a class name
 * ({@code vertx.logger-delegate-factory-class-name}); both libraries' logging is global to the
 * process, and so is where this one writes ({@link #install}).
 */
public final class StderrLogs implements LogDelegateFactory {
  static final String VERTX_PROPERTY = "vertx.logger-delegate-factory-class-name";

  private static volatile Sink sink = new Sink(System.err, false);

  /** For Vert.x, which makes its factory by reflection. */
  public StderrLogs() {}

  /**
   * Sends Vert.x's and Netty's records to {@code err} from now on: Netty's loggers made after this
   * call, Vert.x's once Vert.x first logs (call before Vert.x's classes load).
   */
  static void install(PrintStream err, boolean debug) {
    writeTo(err, debug);
    InternalLoggerFactory.setDefaultFactory(new NettyLoggers());
    if (System.getProperty(VERTX_PROPERTY) == null) {
      System.setProperty(VERTX_PROPERTY, StderrLogs.class.getName());
    }
  }

  /** Where the loggers of this class write, without making them Vert.x's and Netty's. */
  static void writeTo(PrintStream err, boolean debug) {
    sink = new Sink(err, debug);
  }

  /** A Netty logger of this class's (the one Netty gets once {@link #install installed}). */
  static InternalLogger nettyLogger(String name) {
    return new NettyLogger(name);
  }

  @Override
  public boolean isAvailable() {
    return true;
  }

  @Override
  public LogDelegate createDelegate(String name) {
    return new VertxLogger(name);
  }

  /** What a warning or error becomes: a line, or with debug the whole text and stack trace. */
  record Sink(PrintStream err, boolean debug) {
    void write(String level, String logger, @Nullable Object message, @Nullable Throwable thrown) {
      String text = String.valueOf(message);
      StringBuilder line =
          new StringBuilder("jdxf: ").append(level).append(" from ").append(shortName(logger));
      line.append(": ").append(debug ? text : firstLine(text));
      if (thrown != null && !debug) {
        line.append(": ").append(firstLine(String.valueOf(thrown)));
      }
      synchronized (err) {
        err.println(line);
        if (thrown != null && debug) {
          thrown.printStackTrace(err);
        }
      }
    }

    private static String shortName(String logger) {
      return logger.substring(logger.lastIndexOf('.') + 1);
    }

    private static String firstLine(String text) {
      int end = text.indexOf('\n');
      return (end < 0 ? text : text.substring(0, end)).stripTrailing();
    }
  }

  /** Vert.x's loggers. */
  private static final class VertxLogger implements LogDelegate {
    private final String name;

    VertxLogger(String name) {
      this.name = name;
    }

    @Override
    public String implementation() {
      return "jdxf";
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public void error(Object message) {
      sink.write("error", name, message, null);
    }

    @Override
    public void error(Object message, Throwable t) {
      sink.write("error", name, message, t);
    }

    @Override
    public void warn(Object message) {
      sink.write("warning", name, message, null);
    }

    @Override
    public void warn(Object message, Throwable t) {
      sink.write("warning", name, message, t);
    }

    @Override
    public void info(Object message) {}

    @Override
    public void info(Object message, Throwable t) {}

    @Override
    public void debug(Object message) {}

    @Override
    public void debug(Object message, Throwable t) {}

    @Override
    public void trace(Object message) {}

    @Override
    public void trace(Object message, Throwable t) {}
  }

  private static final class NettyLoggers extends InternalLoggerFactory {
    @Override
    protected InternalLogger newInstance(String name) {
      return new NettyLogger(name);
    }
  }

  /** Netty's loggers: its messages use SLF4J's {@code {}} placeholders. */
  @SuppressWarnings("serial") // Netty's loggers are Serializable; these are never serialised
  private static final class NettyLogger extends AbstractInternalLogger {
    NettyLogger(String name) {
      super(name);
    }

    private void log(String level, String format, @Nullable Object... args) {
      Object[] all = args == null ? new Object[] {null} : args;
      Throwable thrown = null;
      int count = all.length;
      if (count > 0 && all[count - 1] instanceof Throwable t && placeholders(format) < count) {
        thrown = t;
        count--;
      }
      sink.write(level, name(), format(format, all, count), thrown);
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public void warn(String msg) {
      sink.write("warning", name(), msg, null);
    }

    @Override
    public void warn(String format, @Nullable Object arg) {
      log("warning", format, arg);
    }

    @Override
    public void warn(String format, @Nullable Object argA, @Nullable Object argB) {
      log("warning", format, argA, argB);
    }

    @Override
    public void warn(String format, @Nullable Object... arguments) {
      log("warning", format, arguments);
    }

    @Override
    public void warn(String msg, Throwable t) {
      sink.write("warning", name(), msg, t);
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public void error(String msg) {
      sink.write("error", name(), msg, null);
    }

    @Override
    public void error(String format, @Nullable Object arg) {
      log("error", format, arg);
    }

    @Override
    public void error(String format, @Nullable Object argA, @Nullable Object argB) {
      log("error", format, argA, argB);
    }

    @Override
    public void error(String format, @Nullable Object... arguments) {
      log("error", format, arguments);
    }

    @Override
    public void error(String msg, Throwable t) {
      sink.write("error", name(), msg, t);
    }

    @Override
    public boolean isInfoEnabled() {
      return false;
    }

    @Override
    public void info(String msg) {}

    @Override
    public void info(String format, @Nullable Object arg) {}

    @Override
    public void info(String format, @Nullable Object argA, @Nullable Object argB) {}

    @Override
    public void info(String format, @Nullable Object... arguments) {}

    @Override
    public void info(String msg, Throwable t) {}

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public void debug(String msg) {}

    @Override
    public void debug(String format, @Nullable Object arg) {}

    @Override
    public void debug(String format, @Nullable Object argA, @Nullable Object argB) {}

    @Override
    public void debug(String format, @Nullable Object... arguments) {}

    @Override
    public void debug(String msg, Throwable t) {}

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public void trace(String msg) {}

    @Override
    public void trace(String format, @Nullable Object arg) {}

    @Override
    public void trace(String format, @Nullable Object argA, @Nullable Object argB) {}

    @Override
    public void trace(String format, @Nullable Object... arguments) {}

    @Override
    public void trace(String msg, Throwable t) {}
  }

  /** How many {@code {}} placeholders {@code format} has. */
  static int placeholders(String format) {
    int n = 0;
    for (int i = format.indexOf("{}"); i >= 0; i = format.indexOf("{}", i + 2)) {
      n++;
    }
    return n;
  }

  /** {@code format} with its {@code {}} placeholders replaced by the first {@code count} args. */
  static String format(String format, @Nullable Object[] args, int count) {
    StringBuilder out = new StringBuilder(format.length() + 16 * count);
    int from = 0;
    for (int i = 0; i < count; i++) {
      int at = format.indexOf("{}", from);
      if (at < 0) {
        break;
      }
      out.append(format, from, at).append(String.valueOf(args[i]));
      from = at + 2;
    }
    return out.append(format, from, format.length()).toString();
  }
}
