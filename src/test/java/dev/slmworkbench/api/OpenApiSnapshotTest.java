package dev.slmworkbench.api;

import dev.slmworkbench.api.config.RuntimeConfig;
import dev.slmworkbench.api.evaluations.EvaluationPage;
import dev.slmworkbench.api.experiments.ExperimentPage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slmworkbench.testing.Management;
import dev.slmworkbench.training.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SPA's API types are generated from a committed snapshot of this BFF's OpenAPI document;
 * this test fails as soon as the document the BFF serves no longer matches that snapshot.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("webui/src/api/generated/bff-openapi.json");
    private static final String UPDATE = "openapi.update";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedSnapshotIsTheDocumentTheBffServes() throws IOException {
        String served = Management.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        String reduced = OpenApiSnapshot.reduce(JSON.readTree(served));
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, reduced, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
        assertEquals(committed, reduced, "The BFF's OpenAPI no longer matches " + SNAPSHOT
                + ". Regenerate it and the SPA's types: ./mvnw test -Dtest=OpenApiSnapshotTest -D" + UPDATE
                + "=true, then cd webui && npm run gen:api; commit both files and fix what npx tsc --noEmit reports.");
    }

    /** {@code /api/config} is a rendered template: its schema is a record that must name the same fields. */
    @Test
    void theConfigSchemaNamesTheFieldsTheTemplateRenders() throws IOException {
        JsonNode answer = JSON.readTree(RestAssured.given().get("/api/config").then().statusCode(200).extract().asString());
        Set<String> rendered = new TreeSet<>();
        answer.fieldNames().forEachRemaining(rendered::add);
        assertEquals(componentNames(RuntimeConfig.class), rendered);
    }

    @Test
    void theSchemaOnlyPagesHaveThePagesFields() {
        assertEquals(componentNames(Page.class), componentNames(ExperimentPage.class));
        assertEquals(componentNames(Page.class), componentNames(EvaluationPage.class));
    }

    private static Set<String> componentNames(Class<? extends Record> type) {
        List<String> names = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        return new TreeSet<>(names);
    }

    @Test
    void theReductionKeepsOnlyApiPathsAndWhatTheyReference() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree("""
                {"openapi":"3.1.0","info":{"title":"t","version":"1.2.3"},"servers":[{"url":"x"}],
                 "paths":{"/api/b":{"get":{"responses":{"200":{"content":{"application/json":
                            {"schema":{"$ref":"#/components/schemas/B"}}}}}}},
                          "/api/a":{"get":{}},
                          "/sandbox/v1/x":{"get":{"responses":{"200":{"content":{"application/json":
                            {"schema":{"$ref":"#/components/schemas/S"}}}}}}}},
                 "components":{"schemas":{"B":{"type":"object","properties":{"c":{"$ref":"#/components/schemas/C"}}},
                                          "C":{"type":"string"},"S":{"type":"string"}}}}
                """);
        JsonNode reduced = JSON.readTree(OpenApiSnapshot.reduce(doc));
        assertEquals(JSON.readTree("""
                {"components":{"schemas":{"B":{"properties":{"c":{"$ref":"#/components/schemas/C"}},"type":"object"},
                                          "C":{"type":"string"}}},
                 "openapi":"3.1.0",
                 "paths":{"/api/a":{"get":{}},"/api/b":{"get":{"responses":{"200":{"content":{"application/json":
                            {"schema":{"$ref":"#/components/schemas/B"}}}}}}}}}
                """), reduced);
        String text = OpenApiSnapshot.reduce(doc);
        assertEquals(true, text.indexOf("\"/api/a\"") < text.indexOf("\"/api/b\""), "keys are sorted");
    }
}
