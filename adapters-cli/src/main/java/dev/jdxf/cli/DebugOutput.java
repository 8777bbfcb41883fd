package dev.jdxf.cli;

import java.util.List;

/**
 * Whether a run asked for debug output: {@code --debug} among its arguments, or {@code
 * JDXF_DEBUG=1}.
 */
public final class DebugOutput {
  static final String OPTION = "--debug";
  static final String VARIABLE = "JDXF_DEBUG";

  private DebugOutput() {}

  /** True when {@code args} hold {@code --debug} or {@code env} sets {@code JDXF_DEBUG=1}. */
  public static boolean wanted(List<String> args, Environment env) {
    return env.isOne(VARIABLE) || args.contains(OPTION);
  }
}
