package dev.jdxf.cli.archfixture;

import dev.jdxf.domain.port.out.Backend;

/** Architecture-test fixture: a "command" that uses an outbound port instead of a use case. */
public final class ServiceCallingCommand {
  private ServiceCallingCommand() {}

  public static Object blobs(Backend backend) {
    return backend.blobs();
  }
}
