package dev.jdxf.app.cli;

import java.util.Map;

/** Each command's usage line, as the spec's command table writes it. */
final class UsageLines {
  private static final Map<String, String> LINES =
      Map.ofEntries(
          Map.entry("auth", "jdxf auth <repo> [<action>...]"),
          Map.entry("push-blob", "jdxf push-blob <repo> <file> [@alias]"),
          Map.entry("pull-blob", "jdxf pull-blob <repo> [<digest>|@alias...]"),
          Map.entry("blob-size", "jdxf blob-size <repo> [<digest>|@alias...]"),
          Map.entry("mount-blob", "jdxf mount-blob <repo> <from-repo> <digest> [@alias]"),
          Map.entry("del-blob", "jdxf del-blob <repo> [<digest>|@alias...]"),
          Map.entry("set-alias", "jdxf set-alias <repo> <alias> <digest>|<file>..."),
          Map.entry("get-alias", "jdxf get-alias <repo> [<alias>...]"),
          Map.entry("del-alias", "jdxf del-alias <repo> <alias>..."),
          Map.entry("get-digest", "jdxf get-digest <repo> [<alias>...]"),
          Map.entry("get-manifest", "jdxf get-manifest <repo> <alias>..."),
          Map.entry("list-aliases", "jdxf list-aliases <repo>"),
          Map.entry("list-repos", "jdxf list-repos"));

  private UsageLines() {}

  static String of(String command) {
    String line = LINES.get(command);
    if (line == null) {
      throw new IllegalArgumentException("no command " + command);
    }
    return line;
  }
}
