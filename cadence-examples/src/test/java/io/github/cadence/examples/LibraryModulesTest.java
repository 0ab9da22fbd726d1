package io.github.cadence.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.cadence.history.MutableNetwork;
import org.junit.jupiter.api.Test;

/**
 * Rules over every library module together (core, jdbc, io, flink, flink-files: what this module
 * depends on): none of them uses the command, and none hands out a network that can change.
 */
class LibraryModulesTest {
  private static final JavaClasses LIBRARIES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("/cadence-examples/"))
          .importPackages("io.github.cadence");

  @Test
  void allTheLibrariesAreHere() {
    assertThat(LIBRARIES.stream().map(c -> c.getPackageName()).distinct())
        .contains(
            "io.github.cadence.engine",
            "io.github.cadence.jdbc",
            "io.github.cadence.io",
            "io.github.cadence.flink",
            "io.github.cadence.flink.files");
  }

  @Test
  void nothingDependsOnTheCommand() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.cadence.cli..")
        .check(LIBRARIES);
  }

  @Test
  void noPublicMethodHandsOutAMutableNetwork() {
    // A workspace, a Flink job and an importer lend read-only views: the network they keep has one
    // owner, which changes it.
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .areNotAssignableTo(MutableNetwork.class)
        .should()
        .notHaveRawReturnType(MutableNetwork.class)
        .check(LIBRARIES);
  }
}
