package dev.jdxf.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line talks to the domain's use cases only: no adapter, no Vert.x. */
class CliArchitectureTest {
  private final JavaClasses cli =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.jdxf.cli");

  @Test
  void dependsOnTheDomainAndItsLibrariesOnly() {
    classes()
        .that()
        .resideInAPackage("dev.jdxf.cli..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.jdxf.cli..",
            "dev.jdxf.domain.model..",
            "dev.jdxf.domain.error..",
            "dev.jdxf.domain.port.in..",
            "java..",
            "picocli..",
            "dagger..",
            "jakarta.inject..",
            "me.tongfei.progressbar..",
            "org.jspecify..")
        .check(cli);
  }
}
