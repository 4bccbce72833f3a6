package dev.slmworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the house and the doors between them. {@code api.*} (the BFF's features) calls the
 * backend-neutral {@code training} layer and the edge's problem vocabulary, never a training backend
 * nor the sandbox; {@code web} (the public port's edge) knows no feature; {@code http} (pure helpers)
 * knows nothing of ours; the sandbox is reached over HTTP only and uses nothing but {@code http}.
 */
class RoomsTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.slmworkbench");

    @Test
    void apiAndTrainingNeverUseTheSandbox() {
        noClasses().that().resideInAnyPackage("dev.slmworkbench.api..", "dev.slmworkbench.training..",
                        "dev.slmworkbench.web..", "dev.slmworkbench.ops..")
                .should().dependOnClassesThat().resideInAPackage("dev.slmworkbench.sandbox..")
                .check(classes);
    }

    @Test
    void apiNeverUsesABackendDirectly() {
        noClasses().that().resideInAPackage("dev.slmworkbench.api..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slmworkbench.training.contract..",
                        "dev.slmworkbench.training.openai..", "dev.slmworkbench.training.kubeflow..")
                .check(classes);
    }

    @Test
    void trainingNeverUsesTheApiOrTheEdge() {
        noClasses().that().resideInAPackage("dev.slmworkbench.training..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slmworkbench.api..", "dev.slmworkbench.web..")
                .check(classes);
    }

    @Test
    void theSeamKnowsNoBackend() {
        noClasses().that().resideInAPackage("dev.slmworkbench.training")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slmworkbench.training.contract..",
                        "dev.slmworkbench.training.openai..", "dev.slmworkbench.training.kubeflow..")
                .check(classes);
    }

    @Test
    void theSeamNamesNoHttpAndNoVertx() {
        // The interface, the records and the file types a backend implements or returns; the shared
        // machinery beside them (single-flight reads on a Vert.x context) is no part of what a backend sees.
        noClasses().that().resideInAPackage("dev.slmworkbench.training")
                .and().haveSimpleNameNotEndingWith("SingleFlight")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "io.netty..", "jakarta.ws.rs..",
                        "org.jboss.resteasy..", "io.quarkus.vertx..", "java.net.http..")
                .check(classes);
    }

    @Test
    void backendsKnowNoOtherBackend() {
        noClasses().that().resideInAPackage("dev.slmworkbench.training.contract..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slmworkbench.training.openai..",
                        "dev.slmworkbench.training.kubeflow..")
                .check(classes);
    }

    @Test
    void theEdgeKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("dev.slmworkbench.web..", "dev.slmworkbench.ops..")
                .should().dependOnClassesThat().resideInAPackage("dev.slmworkbench.api..")
                .check(classes);
    }

    @Test
    void helpersKnowNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.slmworkbench.http..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slmworkbench.api..",
                        "dev.slmworkbench.web..", "dev.slmworkbench.training..", "dev.slmworkbench.sandbox..",
                        "dev.slmworkbench.ops..")
                .check(classes);
    }

    @Test
    void sandboxNeverUsesTheOtherRooms() {
        noClasses().that().resideInAPackage("dev.slmworkbench.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slmworkbench.api..", "dev.slmworkbench.training..",
                        "dev.slmworkbench.web..", "dev.slmworkbench.ops..")
                .check(classes);
    }
}
