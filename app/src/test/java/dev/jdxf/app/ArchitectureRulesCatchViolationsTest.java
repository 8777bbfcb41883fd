package dev.jdxf.app;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.jdxf.archfixture.TwoAdapterUser;
import dev.jdxf.cli.archfixture.ServiceCallingCommand;
import dev.jdxf.cli.archfixture.UseCaseCommand;
import dev.jdxf.domain.archfixture.VertxInTheDomain;
import dev.jdxf.fs.archfixture.FsThing;
import dev.jdxf.http.archfixture.HttpThing;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureTest} fails on a class that breaks it (fixtures in the test
 * sources, never imported with the production classes) and passes on one that keeps it.
 */
class ArchitectureRulesCatchViolationsTest {

  private static JavaClasses fixtures(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  private static void assertViolated(ArchRule rule, String culprit, Class<?>... classes) {
    AssertionError error = assertThrows(AssertionError.class, () -> rule.check(fixtures(classes)));
    assertTrue(
        String.valueOf(error.getMessage()).contains(culprit),
        "the failure should name " + culprit + ": " + error.getMessage());
  }

  @Test
  void anAdapterUsingAnotherAdapterIsCaught() {
    assertViolated(
        ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
        HttpThing.class.getName(),
        HttpThing.class,
        FsThing.class);
  }

  @Test
  void aCommandUsingAnOutboundPortIsCaughtAndOneUsingAUseCaseIsNot() {
    assertViolated(
        ArchitectureRules.CLI_USES_USE_CASES_ONLY,
        ServiceCallingCommand.class.getName(),
        ServiceCallingCommand.class);
    ArchitectureRules.CLI_USES_USE_CASES_ONLY.check(fixtures(UseCaseCommand.class));
  }

  @Test
  void vertxInTheDomainIsCaught() {
    assertViolated(
        ArchitectureRules.DOMAIN_IS_PURE, VertxInTheDomain.class.getName(), VertxInTheDomain.class);
  }

  @Test
  void combiningAdaptersOutsideTheWiringIsCaught() {
    assertViolated(
        ArchitectureRules.ONLY_THE_WIRING_COMBINES_ADAPTERS,
        TwoAdapterUser.class.getName(),
        TwoAdapterUser.class,
        HttpThing.class,
        FsThing.class);
  }
}
