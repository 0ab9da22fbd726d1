package io.github.cadence.flink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * cadence-flink depends on cadence-core alone: a job carries neither the importers nor their
 * libraries, and never the command. The file source that needs the importers is
 * cadence-flink-files.
 */
class ModuleArrowsTest {
  private static final JavaClasses FLINK =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.cadence.flink");

  @Test
  void theModuleUsesNoOtherCadenceModuleButCore() {
    noClasses()
        .that()
        .resideInAPackage("io.github.cadence.flink")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.cadence.io..",
            "io.github.cadence.jdbc..",
            "io.github.cadence.cli..",
            "io.github.cadence.flink.files..")
        .check(FLINK);
  }

  @Test
  void neitherTheImportersNorTheirLibrariesAreOnItsClassPath() {
    // Test dependencies included: Flink's test utilities bring none of these either.
    for (String absent :
        List.of(
            "io.github.cadence.io.CadenceCsv",
            "ezvcard.VCard",
            "net.fortuna.ical4j.model.Calendar",
            "com.google.i18n.phonenumbers.PhoneNumberUtil",
            "de.siegmar.fastcsv.reader.CsvReader")) {
      assertThat(isLoadable(absent)).as(absent).isFalse();
    }
    assertThat(isLoadable("io.github.cadence.engine.CadenceEngine")).isTrue();
  }

  private static boolean isLoadable(String name) {
    try {
      Class.forName(name, false, ModuleArrowsTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
