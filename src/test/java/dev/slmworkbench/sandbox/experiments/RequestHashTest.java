package dev.slmworkbench.sandbox.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RequestHashTest {

    private final ObjectMapper json = new ObjectMapper();

    private String hash(String body) throws Exception {
        return RequestHash.of(json.readTree(body));
    }

    @Test
    void keyOrderAndSpacingDoNotMatterValuesDo() throws Exception {
        String a = hash("{\"name\":\"Run\",\"config\":{\"epochs\":2,\"batchSize\":8}}");
        assertEquals(a, hash("{ \"config\": {\"batchSize\": 8, \"epochs\": 2}, \"name\": \"Run\" }"));
        assertNotEquals(a, hash("{\"name\":\"Run\",\"config\":{\"epochs\":3,\"batchSize\":8}}"));
        assertNotEquals(a, hash("{\"name\":\"Run \",\"config\":{\"epochs\":2,\"batchSize\":8}}"));
        assertEquals(64, a.length());
    }
}
