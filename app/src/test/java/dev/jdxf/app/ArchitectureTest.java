package dev.jdxf.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The hexagon holds in the production classes of every module on the app's class path. */
class ArchitectureTest {
  private static final JavaClasses production = ArchitectureRules.productionClasses();

  @Test
  void theImportSeesEveryModuleAndNoTestCode() {
    for (String pkg :
        new String[] {"dev.jdxf.domain", "dev.jdxf.http", "dev.jdxf.fs", "dev.jdxf.app"}) {
      assertTrue(production.containPackage(pkg), "no production classes in " + pkg);
    }
    assertFalse(production.containPackage("dev.jdxf.testing"), "the test harness was imported");
    assertFalse(
        production.stream().anyMatch(c -> c.getSimpleName().endsWith("Test")),
        "test classes were imported");
  }

  @Test
  void theDomainIsPure() {
    ArchitectureRules.DOMAIN_IS_PURE.check(production);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(production);
  }

  @Test
  void theCliUsesUseCasesOnly() {
    ArchitectureRules.CLI_USES_USE_CASES_ONLY.check(production);
  }

  @Test
  void onlyTheWiringCombinesAdapters() {
    ArchitectureRules.ONLY_THE_WIRING_COMBINES_ADAPTERS.check(production);
  }
}
