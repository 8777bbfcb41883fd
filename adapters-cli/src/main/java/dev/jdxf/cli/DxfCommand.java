package dev.jdxf.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;

/**
 * A dxf command: takes its positional arguments as dxf does (counted and checked by the command
 * itself, so wrong ones get dxf's words), runs, and always writes out its output, even when it
 * fails half-way (as dxf, which prints as it goes).
 */
abstract class DxfCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ARG", hidden = true, description = "see the usage line")
  List<String> args = new ArrayList<>();

  final Session session;

  DxfCommand(Session session) {
    this.session = session;
  }

  @Override
  public final Integer call() {
    try {
      run(List.copyOf(args));
    } catch (RuntimeException e) {
      try {
        session.finish();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    session.finish();
    return ExitCodes.OK;
  }

  /** Does the work; output goes to {@link Session#out()}. */
  abstract void run(List<String> args);
}
