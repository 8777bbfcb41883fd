package dev.jdxf.cli.archfixture;

import dev.jdxf.domain.model.RepositoryName;
import dev.jdxf.domain.port.in.ListAliasesUseCase;

/** Architecture-test fixture: a well-behaved "command" that talks to a use case only. */
public final class UseCaseCommand {
  private UseCaseCommand() {}

  public static Object run(ListAliasesUseCase useCase) {
    return useCase.listAliases(RepositoryName.parse("a"), 0);
  }
}
