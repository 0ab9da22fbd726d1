package io.github.cadence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.cadence.engine.QueueIndex;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.history.Network;
import io.github.cadence.internal.Checks;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Pins the package layering of ../shared/DESIGN.md and the module's exports. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.cadence");

  @Test
  void packagesAreLayeredModelHistoryRuleEnginePlanForecastThenTracking() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Model")
        .definedBy("io.github.cadence.model..")
        .layer("History")
        .definedBy("io.github.cadence.history..")
        .layer("Rule")
        .definedBy("io.github.cadence.rule..")
        .layer("Engine")
        .definedBy("io.github.cadence.engine..")
        .layer("Plan")
        .definedBy("io.github.cadence.plan..")
        .layer("Tracking")
        .definedBy("io.github.cadence.tracking..")
        .layer("Forecast")
        .definedBy("io.github.cadence.forecast..")
        .layer("Internal")
        .definedBy("io.github.cadence.internal..")
        .whereLayer("Forecast")
        .mayOnlyBeAccessedByLayers("Tracking")
        .whereLayer("Tracking")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Plan")
        .mayOnlyBeAccessedByLayers("Tracking", "Forecast")
        .whereLayer("Engine")
        .mayOnlyBeAccessedByLayers("Plan", "Tracking", "Forecast")
        .whereLayer("Rule")
        .mayOnlyBeAccessedByLayers("Engine", "Plan", "Tracking", "Forecast")
        .whereLayer("History")
        .mayOnlyBeAccessedByLayers("Rule", "Engine", "Plan", "Tracking", "Forecast")
        .whereLayer("Model")
        .mayOnlyBeAccessedByLayers("History", "Rule", "Engine", "Plan", "Tracking", "Forecast")
        .whereLayer("Internal")
        .mayOnlyBeAccessedByLayers(
            "Model", "History", "Rule", "Engine", "Plan", "Tracking", "Forecast")
        .check(CORE);
  }

  /**
   * The types the library computes and the user only reads, found rather than listed: every public
   * class of the engine, plan, tracking and forecast packages reached from what the services
   * (engine, index, planner, intake, tracker, forecast) return, through what those types return in
   * turn, except those a user can make with a public static method (a reason, a plan memory).
   */
  static Set<JavaClass> results() {
    Set<String> services =
        Set.of(
            "io.github.cadence.engine.CadenceEngine",
            "io.github.cadence.engine.QueueIndex",
            "io.github.cadence.plan.Planner",
            "io.github.cadence.plan.Intake",
            "io.github.cadence.tracking.Tracker",
            "io.github.cadence.forecast.Forecast");
    Deque<JavaClass> todo = new ArrayDeque<>();
    for (String name : services) {
      for (JavaMethod m : CORE.get(name).getMethods()) {
        if (m.getModifiers().contains(JavaModifier.PUBLIC)) {
          todo.addAll(m.getReturnType().getAllInvolvedRawTypes());
        }
      }
    }
    Set<JavaClass> found = new TreeSet<>(Comparator.comparing(JavaClass::getName));
    while (!todo.isEmpty()) {
      JavaClass c = todo.poll();
      if (!c.getPackageName().matches("io\\.github\\.cadence\\.(engine|plan|tracking|forecast)")
          || !c.getModifiers().contains(JavaModifier.PUBLIC)
          || c.isEnum()
          || c.isInterface()
          || madeByUsers(c)
          || found.contains(c)) {
        continue;
      }
      if (c.getModifiers().contains(JavaModifier.ABSTRACT)) {
        c.getSubclasses().forEach(todo::add); // a sealed parent: its kinds are the results
        continue;
      }
      found.add(c);
      for (JavaMethod m : c.getMethods()) {
        if (m.getModifiers().contains(JavaModifier.PUBLIC)) {
          todo.addAll(m.getReturnType().getAllInvolvedRawTypes());
        }
      }
      c.getSubclasses().forEach(todo::add);
    }
    return found;
  }

  /**
   * Whether users make the type: a record (its canonical constructor is public), or a type a public
   * static method makes (or makes a builder of).
   */
  private static boolean madeByUsers(JavaClass c) {
    return c.isRecord()
        || c.getMethods().stream()
            .anyMatch(
                m ->
                    m.getModifiers().containsAll(Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC))
                        && (m.getRawReturnType().equals(c)
                            || m.getRawReturnType().getName().equals(c.getName() + "$Builder")));
  }

  @Test
  void resultsAreMadeByTheLibraryNotByUsers() {
    Set<JavaClass> results = results();
    assertThat(results)
        .extracting(JavaClass::getSimpleName)
        .contains("FollowUpQueue", "QueueEntry", "RuleFailure", "Agenda", "WeeklyReview", "Week");
    classes()
        .that(DescribedPredicate.describe("are results", results::contains))
        .should()
        .haveModifier(JavaModifier.FINAL)
        .andShould()
        .notBeRecords()
        .andShould(
            new ArchCondition<JavaClass>("have no public constructor") {
              @Override
              public void check(JavaClass item, ConditionEvents events) {
                item.getConstructors().stream()
                    .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                    .forEach(c -> events.add(SimpleConditionEvent.violated(c, c.getFullName())));
              }
            })
        .check(CORE);
  }

  @Test
  void everyPublicTypeStatesItsApiStatusAndThePlannerIsExperimental() {
    classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .and()
        .resideOutsideOfPackage("io.github.cadence.internal..")
        .should()
        .beAnnotatedWith(API.class)
        .check(CORE);
    classes()
        .that()
        .resideInAnyPackage(
            "io.github.cadence.plan..",
            "io.github.cadence.tracking..",
            "io.github.cadence.forecast..")
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .or()
        .haveFullyQualifiedName(QueueIndex.class.getName())
        .should(
            new ArchCondition<JavaClass>("be experimental") {
              @Override
              public void check(JavaClass item, ConditionEvents events) {
                if (item.getAnnotationOfType(API.class).status() != API.Status.EXPERIMENTAL) {
                  events.add(SimpleConditionEvent.violated(item, item.getName() + " is not"));
                }
              }
            })
        .check(CORE);
  }

  @Test
  void noRecordOfTheApiHasAnOptionalComponent() {
    classes()
        .that()
        .areRecords()
        .and()
        .arePublic()
        .should(
            new ArchCondition<JavaClass>("have no Optional component") {
              @Override
              public void check(JavaClass item, ConditionEvents events) {
                for (var component : item.reflect().getRecordComponents()) {
                  if (component.getType().getName().startsWith("java.util.Optional")) {
                    events.add(
                        SimpleConditionEvent.violated(
                            item, item.getName() + "." + component.getName() + " is Optional"));
                  }
                }
              }
            })
        .check(CORE);
  }

  @Test
  void noPublicMutableNetwork() {
    // Readers get the read-only Network: no other type can pass for one, and it has no method
    // that changes it (each answers something). That no public method hands out a MutableNetwork
    // is checked over every library module at once, in cadence-examples' LibraryModulesTest.
    assertThat(Network.class.isSealed()).isTrue();
    assertThat(Network.class.getPermittedSubclasses())
        .filteredOn(c -> java.lang.reflect.Modifier.isPublic(c.getModifiers()))
        .containsExactly(MutableNetwork.class);
    methods()
        .that()
        .areDeclaredIn(Network.class)
        .should()
        .notHaveRawReturnType(void.class)
        .check(CORE);
    // The index owns its network: an interface over a package-private implementation.
    assertThat(QueueIndex.class.isInterface()).isTrue();
    classes().that().implement(QueueIndex.class).should().notBePublic().check(CORE);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.github.cadence.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void theBuiltInRulesUseOnlyThePublicRuleSpi() {
    noClasses()
        .that()
        .resideInAPackage("io.github.cadence.rule.builtin..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.cadence.engine..")
        .check(CORE);
  }

  /** Time is injected: nothing in the core reads the system clock. */
  @Test
  void nothingReadsTheSystemClock() {
    DescribedPredicate<JavaMethodCall> readsSystemClock =
        new DescribedPredicate<>("reads the system clock") {
          @Override
          public boolean test(JavaMethodCall call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return (owner.startsWith("java.time.")
                    && (name.equals("now") || name.startsWith("system")))
                || (owner.equals("java.lang.System")
                    && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
          }
        };

    noClasses().should().callMethodWhere(readsSystemClock).check(CORE);
  }

  @Test
  void theModuleExportsTheApiPackagesAndNotTheInternalOne() throws Exception {
    Path classes =
        Path.of(Checks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor module;
    try (var in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }

    assertThat(module.name()).isEqualTo("io.github.cadence.core");
    assertThat(
            module.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "io.github.cadence.model",
            "io.github.cadence.history",
            "io.github.cadence.rule",
            "io.github.cadence.rule.builtin",
            "io.github.cadence.engine",
            "io.github.cadence.plan",
            "io.github.cadence.tracking",
            "io.github.cadence.forecast");
  }
}
