package dev.slmworkbench.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifest as the build generates it (target/kubernetes/kubernetes.yml, written by
 * the package phase; failsafe runs this in verify): a locked-down container with bounded scratch
 * space, operations on the management port, the Training API settings from an optional Secret.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");

    static List<JsonNode> resources;
    static JsonNode deployment;
    static JsonNode container;

    @BeforeAll
    static void read() throws IOException {
        assertTrue(Files.isRegularFile(MANIFEST), MANIFEST + " is written by ./mvnw package");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        resources = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(MANIFEST.toFile())) {
            yaml.readValues(parser, JsonNode.class).forEachRemaining(resources::add);
        }
        deployment = kind("Deployment");
        container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("slm-workbench", container.path("name").asText());
    }

    static JsonNode kind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + MANIFEST));
    }

    @Test
    void theContainerRunsLockedDown() {
        JsonNode security = container.path("securityContext");
        JsonNode pod = deployment.at("/spec/template/spec/securityContext");
        assertTrue(security.path("runAsNonRoot").asBoolean() || pod.path("runAsNonRoot").asBoolean(), "non-root");
        assertTrue(pod.path("runAsUser").asInt(0) > 0 || security.path("runAsUser").asInt(0) > 0, "a non-zero user");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), "read-only root file system");
        assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), "no privilege escalation");
        assertEquals("ALL", security.at("/capabilities/drop/0").asText(), "all capabilities dropped");
    }

    @Test
    void everyWritablePathIsASizeLimitedVolume() {
        Set<String> mounted = new HashSet<>();
        container.path("volumeMounts").forEach(mount -> {
            String name = mount.path("name").asText();
            JsonNode volume = volume(name);
            assertNotNull(volume.get("emptyDir"), name + " is an emptyDir");
            assertFalse(volume.at("/emptyDir/sizeLimit").asText().isEmpty(), name + " has a sizeLimit");
            mounted.add(mount.path("mountPath").asText());
        });
        assertTrue(mounted.contains(env("SANDBOX_DATA_DIR").path("value").asText()), "sandbox data on a volume: " + mounted);
        assertTrue(mounted.contains("/tmp"), "the upload spool and JVM scratch (java.io.tmpdir) on a volume: " + mounted);
        assertFalse(container.at("/resources/requests/ephemeral-storage").asText().isEmpty(), "ephemeral-storage request");
        assertFalse(container.at("/resources/limits/ephemeral-storage").asText().isEmpty(), "ephemeral-storage limit");
    }

    @Test
    void theTrainingApiSettingsComeFromAnOptionalSecret() {
        for (String name : List.of("TRAINING_API_URL", "TRAINING_API_TOKEN")) {
            JsonNode ref = env(name).at("/valueFrom/secretKeyRef");
            assertFalse(ref.path("name").asText().isEmpty(), name + " from a Secret");
            assertTrue(ref.path("optional").asBoolean(), name + " optional, so the sandbox runs without the Secret");
        }
        assertTrue(env("UI_ALLOWED_HOSTS").path("value").asText().contains("localhost"), "allowed hosts set");
    }

    @Test
    void probesAndScrapingUseTheManagementPortWhichTheServiceDoesNotExpose() {
        for (String probe : List.of("livenessProbe", "readinessProbe")) {
            assertEquals(9000, container.at("/" + probe + "/httpGet/port").asInt(), probe);
            assertTrue(container.at("/" + probe + "/httpGet/path").asText().startsWith("/q/health"), probe);
        }
        JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
        assertEquals("true", annotations.path("prometheus.io/scrape").asText());
        assertEquals("9000", annotations.path("prometheus.io/port").asText());
        assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText());
        kind("Service").at("/spec/ports").forEach(port ->
                assertTrue(port.path("targetPort").asInt() != 9000, "the Service exposes no management port"));
    }

    private static JsonNode volume(String name) {
        for (JsonNode volume : deployment.at("/spec/template/spec/volumes")) {
            if (name.equals(volume.path("name").asText())) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    private static JsonNode env(String name) {
        for (JsonNode env : container.path("env")) {
            if (name.equals(env.path("name").asText())) {
                return env;
            }
        }
        throw new AssertionError("no env " + name);
    }
}
