package dev.slmworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The sandbox is reached over HTTP only: nothing in api or training may depend on it. */
class RoomsTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.slmworkbench");

    @Test
    void apiAndTrainingNeverUseTheSandbox() {
        noClasses().that().resideInAnyPackage("dev.slmworkbench.api..", "dev.slmworkbench.training..")
                .should().dependOnClassesThat().resideInAPackage("dev.slmworkbench.sandbox..")
                .check(classes);
    }

    @Test
    void trainingNeverUsesTheApiRoom() {
        noClasses().that().resideInAPackage("dev.slmworkbench.training..")
                .should().dependOnClassesThat().resideInAPackage("dev.slmworkbench.api..")
                .check(classes);
    }

    @Test
    void sandboxNeverUsesTheOtherRooms() {
        noClasses().that().resideInAPackage("dev.slmworkbench.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slmworkbench.api..", "dev.slmworkbench.training..")
                .check(classes);
    }
}
