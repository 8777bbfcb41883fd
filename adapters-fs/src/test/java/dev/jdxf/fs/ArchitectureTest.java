package dev.jdxf.fs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapter hides behind the ports: one public factory, no other adapter used. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.jdxf.fs");

  @Test
  void onlyTheFactoryIsPublic() {
    classes()
        .that()
        .arePublic()
        .should()
        .haveFullyQualifiedName(OciLayoutAdapters.class.getName())
        .check(MAIN);
  }

  @Test
  void noOtherAdapterIsUsed() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.jdxf.http..", "dev.jdxf.cli..", "dev.jdxf.app..")
        .check(MAIN);
  }
}
