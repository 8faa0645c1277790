package dev.freshet.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of docs/architecture.md: connectors → freshet-api only; freshet-core →
 * freshet-api; ui → freshet-core's services; freshet-app → everything; nothing → freshet-app; and
 * freshet-api framework-free.
 */
class ModuleDependenciesTest {

  private static final JavaClasses FRESHET = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.freshet");

  @Test
  void everyModuleIsOnTheImportedClassPath() {
    // the rules below would pass vacuously if a module's classes were missing
    for (String pkg : new String[] {"dev.freshet.api", "dev.freshet.core", "dev.freshet.connector.postgres",
        "dev.freshet.connector.files", "dev.freshet.connector.github", "dev.freshet.connector.notion",
        "dev.freshet.ui", "dev.freshet.app"}) {
      org.assertj.core.api.Assertions.assertThat(FRESHET.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
          .as(pkg).isTrue();
    }
  }

  @Test
  void theApiIsFrameworkFree() {
    noClasses().that().resideInAPackage("dev.freshet.api..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.debezium..",
            "dev.langchain4j..", "org.apache.kafka..", "com.vaadin..", "dev.freshet.core..", "dev.freshet.app..",
            "dev.freshet.ui..", "dev.freshet.connector..")
        .because("freshet-api is the SPI that connector and agent modules build against alone; move the code "
            + "that needs a framework into freshet-core or the connector, and keep only plain Java types here")
        .check(FRESHET);
  }

  @Test
  void connectorsDependOnTheApiOnly() {
    noClasses().that().resideInAPackage("dev.freshet.connector..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.freshet.core..", "dev.freshet.app..",
            "dev.freshet.ui..", "org.springframework..")
        .because("a connector is a plug-in built against freshet-api only; if it needs something from the "
            + "engine, add it to the SPI (e.g. SourceContext) instead of importing the engine")
        .check(FRESHET);
  }

  @Test
  void theCoreKnowsNoConnectorConsoleOrApplication() {
    noClasses().that().resideInAPackage("dev.freshet.core..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.freshet.connector..", "dev.freshet.ui..",
            "dev.freshet.app..", "com.vaadin..", "io.debezium..")
        .because("freshet-core reaches sources through the SourceConnector SPI and is wired by the application; "
            + "move connector- or console-specific code into its module")
        .check(FRESHET);
  }

  @Test
  void theConsoleCallsCoreServicesOnly() {
    noClasses().that().resideInAPackage("dev.freshet.ui..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.freshet.app..", "dev.freshet.connector..",
            "org.springframework.jdbc..", "dev.freshet.core.store..", "dev.freshet.core.log..",
            "dev.freshet.core.dispatch..")
        .because("views call freshet-core's query and command services, never repositories, stores or the "
            + "application; add a service method in freshet-core for what the view needs")
        .check(FRESHET);
  }

  @Test
  void nothingDependsOnTheApplication() {
    noClasses().that().resideOutsideOfPackage("dev.freshet.app..")
        .should().dependOnClassesThat().resideInAPackage("dev.freshet.app..")
        .because("freshet-app is the top of the graph: move shared code down into freshet-core or freshet-api")
        .check(FRESHET);
  }
}
