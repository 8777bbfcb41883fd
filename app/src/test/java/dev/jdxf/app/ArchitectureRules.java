package dev.jdxf.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hexagon as ArchUnit rules: the domain depends on nothing of jdxf's outside it, adapters
 * depend on the domain and never on each other, the CLI adapter talks to use cases only, and only
 * the {@code dev.jdxf.app} wiring combines adapters.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  static final String DOMAIN = "dev.jdxf.domain..";
  static final List<String> ADAPTERS = List.of("dev.jdxf.http", "dev.jdxf.fs", "dev.jdxf.cli");

  /** jdxf's production classes: no test classes, no test-jars (the harness lives in one). */
  static JavaClasses productionClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ArchitectureRules::notATestJar)
        .importPackages("dev.jdxf");
  }

  private static boolean notATestJar(Location location) {
    return !location.contains("-tests.jar") && !location.contains("/test-classes/");
  }

  static final ArchRule DOMAIN_IS_PURE =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.jdxf.http..", "dev.jdxf.fs..", "dev.jdxf.cli..", "dev.jdxf.app..")
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("io.vertx..", "io.netty..", "picocli..", "dagger..")
          .because("the domain is pure Java: ports and use cases, no adapter, no Vert.x");

  static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER =
      classes()
          .that()
          .resideInAnyPackage("dev.jdxf.http..", "dev.jdxf.fs..", "dev.jdxf.cli..")
          .should(dependOnNoOtherAdapterNorTheWiring())
          .because("adapters depend on the domain only; dev.jdxf.app wires them together");

  static final ArchRule CLI_USES_USE_CASES_ONLY =
      noClasses()
          .that()
          .resideInAPackage("dev.jdxf.cli..")
          .should()
          .dependOnClassesThat(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "are jdxf classes outside the CLI, port.in, model and error",
                  (JavaClass c) ->
                      c.getPackageName().startsWith("dev.jdxf.")
                          && !c.getPackageName().startsWith("dev.jdxf.cli")
                          && !c.getPackageName().startsWith("dev.jdxf.domain.port.in")
                          && !c.getPackageName().startsWith("dev.jdxf.domain.model")
                          && !c.getPackageName().startsWith("dev.jdxf.domain.error")))
          .because("commands talk to use cases (port.in) only, never to services or port.out");

  static final ArchRule ONLY_THE_WIRING_COMBINES_ADAPTERS =
      classes()
          .that()
          .resideOutsideOfPackage("dev.jdxf.app..")
          .should(dependOnAtMostOneAdapter())
          .because("dev.jdxf.app is the one place that knows more than one adapter");

  static final List<ArchRule> ALL =
      List.of(
          DOMAIN_IS_PURE,
          ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
          CLI_USES_USE_CASES_ONLY,
          ONLY_THE_WIRING_COMBINES_ADAPTERS);

  /** The adapter a class belongs to ({@code dev.jdxf.http} for {@code dev.jdxf.http.x.Y}). */
  static Optional<String> adapterOf(JavaClass c) {
    String pkg = c.getPackageName();
    return ADAPTERS.stream().filter(a -> pkg.equals(a) || pkg.startsWith(a + ".")).findFirst();
  }

  private static ArchCondition<JavaClass> dependOnNoOtherAdapterNorTheWiring() {
    return new ArchCondition<>("depend on no other adapter and not on dev.jdxf.app") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        Optional<String> own = adapterOf(item);
        for (Dependency d : item.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          Optional<String> other = adapterOf(target);
          boolean wiring = target.getPackageName().startsWith("dev.jdxf.app");
          if (wiring || (other.isPresent() && !other.equals(own))) {
            events.add(SimpleConditionEvent.violated(item, d.getDescription()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> dependOnAtMostOneAdapter() {
    return new ArchCondition<>("depend on at most one adapter") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        Set<String> used = new TreeSet<>();
        adapterOf(item).ifPresent(used::add);
        for (Dependency d : item.getDirectDependenciesFromSelf()) {
          adapterOf(d.getTargetClass()).ifPresent(used::add);
        }
        if (used.size() > 1) {
          events.add(
              SimpleConditionEvent.violated(
                  item, item.getName() + " depends on the adapters " + used));
        }
      }
    };
  }
}
