package dev.jdxf.cli;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Runs one {@code jdxf} command line.
 *
 * <p>Start-up: building picocli's model of a command (its annotations read by reflection, picocli's
 * type converters, the help texts) costs more than a small command's own work. So a dxf command
 * whose arguments are all plain, nothing picocli would read differently from the argument itself
 * (no option, no {@code --}, no {@code @file} picocli would expand and no {@code @@} escape), runs
 * straight away, exactly as picocli would run it; every other command line goes through picocli,
 * which is also built to print a failed command's usage line.
 */
public final class CommandRunner {
  private final List<String> args;
  private final Map<String, Provider<Object>> commands;
  private final Provider<CommandLine> commandLine;
  private final ErrorHandler errors;

  @Inject
  CommandRunner(
      @Named("args") List<String> args,
      Map<String, Provider<Object>> commands,
      Provider<CommandLine> commandLine,
      ErrorHandler errors) {
    this.args = args;
    this.commands = commands;
    this.commandLine = commandLine;
    this.errors = errors;
  }

  /** Runs the command line; returns the exit status. */
  public int run() {
    DxfCommand command = direct();
    if (command == null) {
      return commandLine.get().execute(args.toArray(new String[0]));
    }
    command.args = new ArrayList<>(args.subList(1, args.size()));
    try {
      return command.call();
    } catch (Exception e) { // what picocli's execute hands to the handler; errors pass through
      return errors.executionFailure(e, () -> subcommandLine(args.get(0)), false);
    }
  }

  /** The dxf command to run without picocli, or null when picocli must parse the arguments. */
  private @Nullable DxfCommand direct() {
    if (args.isEmpty()) {
      return null;
    }
    Provider<Object> named = commands.get(args.get(0));
    if (named == null) {
      return null;
    }
    for (String arg : args.subList(1, args.size())) {
      if (!plain(arg)) {
        return null;
      }
    }
    Object command = named.get();
    return command instanceof DxfCommand ? (DxfCommand) command : null;
  }

  /**
   * Whether picocli takes {@code arg} as a positional argument as it stands: not an option or
   * {@code --}. ({@code @NAME} is always an alias: argument files are off, as in dxf.)
   */
  static boolean plain(String arg) {
    return !arg.startsWith("-");
  }

  private CommandLine subcommandLine(String name) {
    CommandLine root = commandLine.get();
    CommandLine sub = root.getSubcommands().get(name);
    return sub != null ? sub : root;
  }
}
