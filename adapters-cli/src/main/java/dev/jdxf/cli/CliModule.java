package dev.jdxf.cli;

import dagger.Module;
import dagger.Provides;
import picocli.CommandLine;

/**
 * Builds the {@code jdxf} command line. The component that includes this module supplies the {@link
 * Environment}, the {@link Streams} and every use case of {@code dev.jdxf.domain.port.in}; commands
 * ask for their use cases lazily, so {@code --help} and wrong arguments never build a store.
 */
@Module
public final class CliModule {
  private CliModule() {}

  @Provides
  @SuppressWarnings("TooManyParameters") // one parameter per dxf command
  static CommandLine commandLine(
      JdxfCommand root,
      AuthCommand auth,
      PushBlobCommand pushBlob,
      PullBlobCommand pullBlob,
      BlobSizeCommand blobSize,
      MountBlobCommand mountBlob,
      DelBlobCommand delBlob,
      SetAliasCommand setAlias,
      GetAliasCommand getAlias,
      DelAliasCommand delAlias,
      GetDigestCommand getDigest,
      GetManifestCommand getManifest,
      ListAliasesCommand listAliases,
      ListReposCommand listRepos,
      ErrorHandler errors,
      Streams streams) {
    CommandLine cl = new CommandLine(root);
    for (Object command :
        new Object[] {
          auth,
          pushBlob,
          pullBlob,
          blobSize,
          mountBlob,
          delBlob,
          setAlias,
          getAlias,
          delAlias,
          getDigest,
          getManifest,
          listAliases,
          listRepos
        }) {
      cl.addSubcommand(command);
    }
    cl.addSubcommand(new CommandLine.HelpCommand());
    cl.setParameterExceptionHandler(errors);
    cl.setExecutionExceptionHandler(errors);
    cl.setErr(new java.io.PrintWriter(streams.err(), true));
    return cl;
  }
}
