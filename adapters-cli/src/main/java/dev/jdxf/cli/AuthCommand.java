package dev.jdxf.cli;

import dagger.Lazy;
import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.AuthenticateUseCase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(
    name = "auth",
    mixinStandardHelpOptions = true,
    header = "Authenticate and print the bearer token.",
    customSynopsis = "jdxf auth <repo> [<action>...]",
    description =
        "Authenticate now and print the bearer token, for the actions given (pull, push, "
            + "*); with none, for the scope the registry's challenge names. Prints nothing for "
            + "a registry without tokens. DXF_TOKEN is not used. Export the token as DXF_TOKEN "
            + "to reuse it.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jdxf auth fred/datalogger pull push",
      "  export DXF_TOKEN=$(jdxf auth fred/datalogger pull)%n"
    })
final class AuthCommand extends DxfCommand {
  private final Lazy<AuthenticateUseCase> authenticate;

  @Inject
  AuthCommand(Session session, Lazy<AuthenticateUseCase> authenticate) {
    super(session);
    this.authenticate = authenticate;
  }

  @Override
  void run(List<String> args) {
    Args.count(args, 1, Args.UNBOUNDED);
    Optional<RepositoryName> repository = Optional.of(Args.repository(args.get(0)));
    List<String> actions = List.copyOf(args.subList(1, args.size()));
    Optional<String> token =
        authenticate.get().authenticate(repository, actions).toCompletableFuture().join();
    token.ifPresent(session.out()::println);
  }
}
