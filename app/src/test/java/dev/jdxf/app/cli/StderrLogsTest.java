package dev.jdxf.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.util.internal.logging.InternalLogger;
import io.vertx.core.spi.logging.LogDelegate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Vert.x's and Netty's records in a command-line run: warnings and errors as one line on stderr,
 * the rest only with debug output. (The loggers are tested directly: installing them would make
 * them every later test's in this JVM.)
 */
class StderrLogsTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @AfterEach
  void restore() {
    StderrLogs.writeTo(System.err, false);
  }

  private String written() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void nettyWarningsAndErrorsAreOneLineWithTheirPlaceholdersFilled() {
    StderrLogs.writeTo(err, false);
    InternalLogger log = StderrLogs.nettyLogger("io.netty.util.ResourceLeakDetector");
    log.warn("LEAK: {} was not released, {} more", "ByteBuf", 3);
    log.error("no placeholder");
    log.error("{} and {} and {}", "a", null, 'c');
    log.warn("unfilled {} {}", "one");
    assertEquals(
        "jdxf: warning from ResourceLeakDetector: LEAK: ByteBuf was not released, 3 more\n"
            + "jdxf: error from ResourceLeakDetector: no placeholder\n"
            + "jdxf: error from ResourceLeakDetector: a and null and c\n"
            + "jdxf: warning from ResourceLeakDetector: unfilled one {}\n",
        written());
  }

  @Test
  void belowAWarningNothingIsWrittenEvenWithDebugOutput() {
    StderrLogs.writeTo(err, true);
    InternalLogger netty = StderrLogs.nettyLogger("io.netty.util.internal.PlatformDependent");
    netty.info("info {}", 1);
    netty.debug("-Dio.netty.noUnsafe: {}", false);
    netty.trace("trace");
    LogDelegate vertx = new StderrLogs().createDelegate("io.vertx.core.impl.VertxImpl");
    vertx.info("info");
    vertx.debug("debug");
    vertx.trace("trace");
    assertEquals("", written());
    assertTrue(netty.isWarnEnabled() && !netty.isInfoEnabled() && !netty.isDebugEnabled());
    assertTrue(vertx.isWarnEnabled() && !vertx.isInfoEnabled() && !vertx.isDebugEnabled());
  }

  @Test
  void aThrowableIsOneLineWithoutDebugOutput() {
    StderrLogs.writeTo(err, false);
    IOException thrown = new IOException("connection reset\nby peer");
    StderrLogs.nettyLogger("io.netty.channel.DefaultChannelPipeline")
        .warn("An exceptionCaught() event was fired: {}", "here", thrown);
    new StderrLogs()
        .createDelegate("io.vertx.core.impl.BlockedThreadChecker")
        .warn(
            "Thread vert.x-eventloop-thread-0 has been blocked for 2000 ms\n(more lines)", thrown);
    assertEquals(
        "jdxf: warning from DefaultChannelPipeline: An exceptionCaught() event was fired: here:"
            + " java.io.IOException: connection reset\n"
            + "jdxf: warning from BlockedThreadChecker: Thread vert.x-eventloop-thread-0 has been"
            + " blocked for 2000 ms: java.io.IOException: connection reset\n",
        written());
  }

  @Test
  void debugOutputAddsTheWholeMessageAndTheStackTrace() {
    StderrLogs.writeTo(err, true);
    StderrLogs.nettyLogger("io.netty.util.ResourceLeakDetector")
        .error("LEAK: {}\nRecent access records:", "ByteBuf", new IllegalStateException("x"));
    String out = written();
    assertTrue(
        out.startsWith(
            "jdxf: error from ResourceLeakDetector: LEAK: ByteBuf\nRecent access records:\n"
                + "java.lang.IllegalStateException: x\n\tat dev.jdxf.app.cli.StderrLogsTest."),
        out);
  }
}
