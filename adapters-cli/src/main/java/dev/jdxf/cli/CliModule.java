package dev.jdxf.cli;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoMap;
import dagger.multibindings.StringKey;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;

/**
 * Builds the {@code jdxf} command line. The component that includes this module supplies the {@link
 * Environment}, the {@link Streams}, the arguments ({@code @Named("args") List<String>}) and every
 * use case of {@code dev.jdxf.domain.port.in}. Commands hold their use cases lazily, so {@code
 * --help} and wrong arguments never build a store.
 *
 * <p>Start-up: picocli reads each command's annotations by reflection when the command is added, so
 * when the first argument names a command only that one is added; the full tree is built for {@code
 * --help}, {@code help} and anything unknown.
 */
@Module
public abstract class CliModule {
  /** The dxf commands in the order {@code --help} lists them. */
  public static final List<String> COMMANDS =
      List.of(
          "auth",
          "push-blob",
          "pull-blob",
          "blob-size",
          "mount-blob",
          "del-blob",
          "set-alias",
          "get-alias",
          "del-alias",
          "get-digest",
          "get-manifest",
          "list-aliases",
          "list-repos",
          "copy");

  private CliModule() {}

  @Provides
  static CommandLine commandLine(
      @Named("args") List<String> args,
      JdxfCommand root,
      Map<String, Provider<Object>> commands,
      ErrorHandler errors,
      Streams streams) {
    CommandLine cl = new CommandLine(root);
    // dxf reads @NAME as an alias, never as a file of arguments.
    cl.setExpandAtFiles(false);
    Provider<Object> named = args.isEmpty() ? null : commands.get(args.get(0));
    if (named != null) {
      cl.addSubcommand(named.get());
    } else if (!versionOnly(args)) {
      for (String name : COMMANDS) {
        cl.addSubcommand(Objects.requireNonNull(commands.get(name), name).get());
      }
      cl.addSubcommand(new CommandLine.HelpCommand());
    }
    cl.setParameterExceptionHandler(errors);
    cl.setExecutionExceptionHandler(errors);
    cl.setErr(new PrintWriter(streams.err(), true));
    return cl;
  }

  /**
   * {@code jdxf --version} alone: the version needs no subcommand, and building their models (read
   * by reflection from their annotations) would be most of such a run.
   */
  static boolean versionOnly(List<String> args) {
    return args.size() == 1 && (args.get(0).equals("--version") || args.get(0).equals("-V"));
  }

  @Binds
  @IntoMap
  @StringKey("auth")
  abstract Object auth(AuthCommand c);

  @Binds
  @IntoMap
  @StringKey("push-blob")
  abstract Object pushBlob(PushBlobCommand c);

  @Binds
  @IntoMap
  @StringKey("pull-blob")
  abstract Object pullBlob(PullBlobCommand c);

  @Binds
  @IntoMap
  @StringKey("blob-size")
  abstract Object blobSize(BlobSizeCommand c);

  @Binds
  @IntoMap
  @StringKey("mount-blob")
  abstract Object mountBlob(MountBlobCommand c);

  @Binds
  @IntoMap
  @StringKey("del-blob")
  abstract Object delBlob(DelBlobCommand c);

  @Binds
  @IntoMap
  @StringKey("set-alias")
  abstract Object setAlias(SetAliasCommand c);

  @Binds
  @IntoMap
  @StringKey("get-alias")
  abstract Object getAlias(GetAliasCommand c);

  @Binds
  @IntoMap
  @StringKey("del-alias")
  abstract Object delAlias(DelAliasCommand c);

  @Binds
  @IntoMap
  @StringKey("get-digest")
  abstract Object getDigest(GetDigestCommand c);

  @Binds
  @IntoMap
  @StringKey("get-manifest")
  abstract Object getManifest(GetManifestCommand c);

  @Binds
  @IntoMap
  @StringKey("list-aliases")
  abstract Object listAliases(ListAliasesCommand c);

  @Binds
  @IntoMap
  @StringKey("list-repos")
  abstract Object listRepos(ListReposCommand c);

  @Binds
  @IntoMap
  @StringKey("copy")
  abstract Object copy(CopyCommand c);
}
