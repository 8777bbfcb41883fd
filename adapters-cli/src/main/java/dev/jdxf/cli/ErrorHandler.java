package dev.jdxf.cli;

import dev.jdxf.domain.error.JdxfException;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports every failure the dxf way: one line {@code jdxf: <message>} on standard error (a stack
 * trace only with {@code --debug} or {@code JDXF_DEBUG=1}) and the exit status from {@link
 * ExitCodes}. Wrong arguments print the command's usage line first and exit with 2.
 */
final class ErrorHandler
    implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

  private final PrintStream err;
  private final boolean debugByEnvironment;

  @Inject
  ErrorHandler(Streams streams, Environment env) {
    this.err = streams.err();
    this.debugByEnvironment = env.isOne(DebugOutput.VARIABLE);
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    boolean debug = debugByEnvironment || Arrays.asList(args).contains(DebugOutput.OPTION);
    return usageError(ex.getCommandLine(), parseMessage(ex), ex, debug);
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, ParseResult fullParseResult) {
    return executionFailure(ex, () -> commandLine, debugOption(fullParseResult));
  }

  /**
   * Reports a command's failure; {@code commandLine} (the command's, for its usage line) is only
   * built for wrong arguments.
   */
  int executionFailure(Exception ex, Supplier<CommandLine> commandLine, boolean debugOption) {
    boolean debug = debugByEnvironment || debugOption;
    if (ex instanceof UsageException) {
      return usageError(commandLine.get(), String.valueOf(ex.getMessage()), ex, debug);
    }
    JdxfException jdxf = JdxfException.unwrap(ex);
    Throwable shown = jdxf != null ? jdxf : innermost(ex);
    int status = jdxf != null ? ExitCodes.of(jdxf.kind()) : ExitCodes.FAILURE;
    report(describe(shown), shown, debug);
    return status;
  }

  private int usageError(CommandLine cl, String message, Throwable cause, boolean debug) {
    Help help = cl.getHelp();
    err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    report(message, cause, debug);
    return ExitCodes.USAGE;
  }

  private void report(String message, Throwable cause, boolean debug) {
    err.println("jdxf: " + oneLine(message));
    if (debug) {
      cause.printStackTrace(err);
    }
    err.flush();
  }

  private static String parseMessage(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException u = (UnmatchedArgumentException) ex;
      String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      if (u.getCommandLine().getParent() == null && !first.startsWith("-")) {
        return "unknown command '" + first + "'";
      }
      return "unrecognized arguments: " + String.join(" ", u.getUnmatched());
    }
    if (ex instanceof CommandLine.MissingParameterException) {
      return UsageException.TOO_FEW;
    }
    return String.valueOf(ex.getMessage());
  }

  private static boolean debugOption(ParseResult full) {
    for (ParseResult p = full; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(DebugOutput.OPTION)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable innermost(Throwable t) {
    Throwable cur = t;
    while ((cur instanceof CompletionException || cur instanceof ExecutionException)
        && cur.getCause() != null) {
      cur = cur.getCause();
    }
    return cur;
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return message;
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
