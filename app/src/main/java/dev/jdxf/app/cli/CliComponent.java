package dev.jdxf.app.cli;

import dagger.BindsInstance;
import dagger.Component;
import dev.jdxf.cli.CliModule;
import dev.jdxf.cli.CommandRunner;
import dev.jdxf.cli.Environment;
import dev.jdxf.cli.Streams;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;

/** One command-line run: the command line, and what must be closed when it ends. */
@Singleton
@Component(modules = {CliModule.class, StoreModule.class})
interface CliComponent {

  CommandRunner commandRunner();

  VertxRuntime runtime();

  @Component.Factory
  interface Factory {
    CliComponent create(
        @BindsInstance @Named("args") List<String> args,
        @BindsInstance Environment env,
        @BindsInstance Streams streams);
  }
}
