package dev.slmworkbench.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The sandbox is reached only over HTTP: it and the rest of the app never import each other. */
class SandboxIsolationTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.slmworkbench");

    @Test
    void sandboxDoesNotUseTheOtherRooms() {
        noClasses().that().resideInAPackage("dev.slmworkbench.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slmworkbench.api..", "dev.slmworkbench.training..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void otherRoomsDoNotUseTheSandbox() {
        noClasses().that().resideInAnyPackage("dev.slmworkbench.api..", "dev.slmworkbench.training..")
                .should().dependOnClassesThat().resideInAPackage("dev.slmworkbench.sandbox..")
                .allowEmptyShould(true)
                .check(MAIN);
    }
}
