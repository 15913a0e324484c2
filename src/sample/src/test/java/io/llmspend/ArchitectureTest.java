package io.llmspend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The modules' one direction (docs/architecture.md): core at the bottom, client and batch on top
 * of it, sample on top of batch; no import runs back down-to-up and no module's packages form a
 * cycle. This module is the only one whose class path holds all four (client as a test
 * dependency), so the rules live here. Production classes only: tests may reach anywhere.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.llmspend");
  }

  @Test
  void everyModuleIsOnTheClassPath() {
    // a rule over a module that is not imported passes whatever it says
    for (String module : new String[] {"core", "client", "batch", "sample"}) {
      assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("io.llmspend." + module)))
          .as(module)
          .isNotEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"core", "client", "batch", "sample"})
  void packagesOfEachModuleFormNoCycle(String module) {
    slices()
        .assignedFrom(topLevelPackagesOf("io.llmspend." + module))
        .should()
        .beFreeOfCycles()
        .check(classes);
  }

  @Test
  void coreAndClientNeverImportTheBatchAppOrTheSampleTools() {
    noClasses()
        .that()
        .resideInAnyPackage("io.llmspend.core..", "io.llmspend.client..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.llmspend.batch..", "io.llmspend.sample..")
        .check(classes);
  }

  @Test
  void coreNeverImportsTheClient() {
    only("io.llmspend.core..", "io.llmspend.client..").check(classes);
  }

  @Test
  void clientAndBatchNeverImportEachOther() {
    only("io.llmspend.client..", "io.llmspend.batch..").check(classes);
    only("io.llmspend.batch..", "io.llmspend.client..").check(classes);
  }

  @Test
  void theBatchAppNeverImportsTheSampleTools() {
    only("io.llmspend.batch..", "io.llmspend.sample..").check(classes);
  }

  private static ArchRule only(String from, String notTo) {
    return noClasses()
        .that()
        .resideInAPackage(from)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(notTo);
  }

  /**
   * One slice per package directly under {@code root} (with its subpackages), and one for the
   * classes in {@code root} itself, so a cycle through the root package is found too.
   */
  private static SliceAssignment topLevelPackagesOf(String root) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals(root)) {
          return SliceIdentifier.of(root);
        }
        if (!name.startsWith(root + ".")) {
          return SliceIdentifier.ignore();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return SliceIdentifier.of(root + "." + (dot < 0 ? rest : rest.substring(0, dot)));
      }

      @Override
      public String getDescription() {
        return "the packages directly under " + root;
      }
    };
  }
}
