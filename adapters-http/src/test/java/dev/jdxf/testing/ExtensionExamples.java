package dev.jdxf.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Example test classes that {@link ExtensionLifecycleTest} runs through the JUnit test kit. They
 * are nested in a class whose name matches no surefire pattern, so surefire never runs them on
 * their own (one of them fails on purpose).
 */
final class ExtensionExamples {
  private ExtensionExamples() {}

  static class FailingExample {
    @RegisterExtension static final RegistryExtension registry = RegistryExtension.plain();

    @Test
    void succeeds() {
      assertTrue(registry.isRunning());
    }

    @Test
    void fails() {
      fail("deliberately");
    }
  }

  static class ClassExample {
    static final List<RegistryServer> servers = new CopyOnWriteArrayList<>();

    @RegisterExtension static final RegistryExtension registry = RegistryExtension.plain();

    @Test
    void first() {
      servers.add(registry.server());
      assertTrue(registry.isRunning());
    }

    @Test
    void second() {
      servers.add(registry.server());
      assertTrue(registry.isRunning());
    }
  }

  static class PerTestExample {
    static final List<Path> workDirs = new CopyOnWriteArrayList<>();

    @RegisterExtension final RegistryExtension registry = RegistryExtension.plain();

    @Test
    void first() {
      workDirs.add(registry.server().workDir());
      assertTrue(registry.isRunning());
    }

    @Test
    void second() {
      workDirs.add(registry.server().workDir());
      assertTrue(registry.isRunning());
    }
  }
}
