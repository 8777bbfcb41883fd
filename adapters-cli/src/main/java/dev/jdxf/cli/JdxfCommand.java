package dev.jdxf.cli;

import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code jdxf} command; its sub-commands are dxf's. */
@Command(
    name = "jdxf",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description =
        "Store and retrieve arbitrary data in a Docker or OCI registry, as dxf does. The "
            + "registry comes from DXF_HOST; every COMMAND takes the repository first.",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nEnvironment:%n",
    footer = {
      "  DXF_HOST           registry host[:port], or oci:PATH for a local OCI layout",
      "  DXF_INSECURE       1: plain http instead of https",
      "  DXF_USERNAME       user name (HTTP Basic, to the registry or its token realm)",
      "  DXF_PASSWORD       password for DXF_USERNAME",
      "  DXF_AUTHORIZATION  a ready Authorization header value, used instead",
      "  DXF_AUTH_HOST      replaces the host of the token realm the registry names",
      "  DXF_TOKEN          a bearer token to use directly (every command but auth)",
      "  DXF_TLSVERIFY      PEM bundle of the CAs to trust",
      "  DXF_SKIPTLSVERIFY  1: do not verify the server certificate",
      "  DXF_PLATFORM       os/arch[/variant] to pick from a multi-platform alias",
      "  DXF_BLOB_INFO      1: pull-blob writes '<digest> <size>' before each blob",
      "  DXF_CHUNK_SIZE     bytes per write while pulling (default 1048576)",
      "  DXF_PROGRESS       1: progress bars on stderr; 0: never; else on a terminal",
      "  JDXF_DEBUG         1: stack traces with errors (as --debug)",
      "",
      "Exit status: 0 success; 2 not found or wrong arguments; 13 unauthorized;",
      "1 any other error.",
      "See 'jdxf COMMAND --help' for examples.%n"
    })
final class JdxfCommand implements Callable<Integer> {

  @Option(
      names = DebugOutput.OPTION,
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean debug;

  @Inject
  JdxfCommand() {}

  @Override
  public Integer call() {
    throw new UsageException(UsageException.TOO_FEW);
  }
}
