package dev.jdxf.domain.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.jdxf.domain.service.UseCases;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The domain is pure: the JDK, Jackson, JSpecify and itself, nothing else (no Vert.x, no I/O libs).
 */
class DomainArchitectureTest {
  static final ArchRule PURE_DOMAIN =
      classes()
          .that()
          .resideInAPackage("dev.jdxf.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "com.fasterxml.jackson..", "org.jspecify..", "dev.jdxf.domain..")
          .because("the domain must not depend on adapters, Vert.x, Dagger or other libraries");

  /** The domain's main classes: imported from where they were compiled, so the scan is quick. */
  static JavaClasses domain() {
    try {
      Path classes =
          Path.of(UseCases.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(classes);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theDomainDependsOnlyOnTheJdkJacksonJSpecifyAndItself() {
    JavaClasses classes = domain();
    assertTrue(classes.size() > 50, "the domain classes were imported: " + classes.size());
    assertTrue(classes.contain("dev.jdxf.domain.service.UseCases"), "services are among them");
    PURE_DOMAIN.check(classes);
  }

  @Test
  void theRuleCatchesAViolation() {
    JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
    EvaluationResult result = PURE_DOMAIN.evaluate(offender);
    assertTrue(result.hasViolation(), "a domain class using JUnit must violate the rule");
    assertFalse(PURE_DOMAIN.evaluate(domain()).hasViolation());
  }

  /** A class in the domain's packages that depends on a library the domain must not use. */
  static final class Offender {
    static void usesJUnit() {
      org.junit.jupiter.api.Assertions.assertTrue(true);
    }
  }
}
