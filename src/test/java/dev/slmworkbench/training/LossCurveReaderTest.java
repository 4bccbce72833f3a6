package dev.slmworkbench.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LossCurveReaderTest {

    /** As the application's mapper: unknown fields are not an error. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** How the curve was read before the columns: one record per point. */
    record Before(List<LossPoint> lossCurve) {
    }

    private static LossColumns read(String curve) throws JsonProcessingException {
        return JSON.readValue("{\"id\":\"ev\",\"lossCurve\":" + curve + ",\"modelId\":\"m\"}", Evaluation.class).lossCurve();
    }

    private static double[] column(LossColumns c, char which) {
        double[] out = new double[c.size()];
        for (int i = 0; i < c.size(); i++) {
            out[i] = which == 'e' ? c.epoch(i) : which == 't' ? c.trainLoss(i) : c.evalLoss(i);
        }
        return out;
    }

    private static int[] steps(LossColumns c) {
        int[] out = new int[c.size()];
        for (int i = 0; i < c.size(); i++) {
            out[i] = c.step(i);
        }
        return out;
    }

    /** The columns read straight from the text equal the columns of the records read as before. */
    private static void sameAsBefore(String curve) throws JsonProcessingException {
        LossColumns now = read(curve);
        LossColumns before = LossColumns.of(JSON.readValue("{\"lossCurve\":" + curve + "}", Before.class).lossCurve());
        assertEquals(before.total(), now.total(), curve);
        assertArrayEquals(steps(before), steps(now), curve);
        assertArrayEquals(column(before, 'e'), column(now, 'e'), curve);
        assertArrayEquals(column(before, 't'), column(now, 't'), curve);
        assertArrayEquals(column(before, 'v'), column(now, 'v'), curve);
    }

    @Test
    void pointsInOrderBecomeColumnsWithNaNWhereAValueIsMissing() throws Exception {
        LossColumns c = read("[{\"step\":1,\"epoch\":0.5,\"trainLoss\":2.5},{\"step\":2,\"trainLoss\":2,\"evalLoss\":2.25}]");
        assertEquals(2, c.size());
        assertEquals(2, c.total());
        assertArrayEquals(new int[] {1, 2}, steps(c));
        assertArrayEquals(new double[] {0.5, Double.NaN}, column(c, 'e'));
        assertArrayEquals(new double[] {2.5, 2.0}, column(c, 't'));
        assertArrayEquals(new double[] {Double.NaN, 2.25}, column(c, 'v'));
    }

    @Test
    void pointsOutOfOrderAreSortedByStepKeepingUpstreamOrderForEqualSteps() throws Exception {
        LossColumns c = read("[{\"step\":3,\"trainLoss\":3},{\"step\":1,\"trainLoss\":1},"
                + "{\"step\":2,\"trainLoss\":2.1},{\"step\":-4,\"trainLoss\":-4},{\"step\":2,\"trainLoss\":2.2}]");
        assertArrayEquals(new int[] {-4, 1, 2, 2, 3}, steps(c));
        assertArrayEquals(new double[] {-4, 1, 2.1, 2.2, 3}, column(c, 't'));
    }

    @Test
    void pointsWithoutAStepAndNullEntriesAreCountedButDropped() throws Exception {
        LossColumns c = read("[{\"epoch\":1,\"trainLoss\":0.3},null,{\"step\":null,\"trainLoss\":1},{\"step\":7,\"evalLoss\":-0.5}]");
        assertEquals(4, c.total());
        assertArrayEquals(new int[] {7}, steps(c));
        assertTrue(Double.isNaN(c.trainLoss(0)));
        assertEquals(-0.5, c.evalLoss(0));
    }

    @Test
    void unknownFieldsOfAnyShapeAreSkipped() throws Exception {
        LossColumns c = read("[{\"lr\":{\"value\":[1,{\"step\":99}]},\"step\":1,\"tags\":[\"a\",null],\"trainLoss\":0.5,"
                + "\"note\":\"x\",\"grad\":1e-3,\"ok\":true}]");
        assertArrayEquals(new int[] {1}, steps(c));
        assertArrayEquals(new double[] {0.5}, column(c, 't'));
    }

    @Test
    void numbersAsStringsNullsAndFloatStepsAreReadAsTheRecordsReadThem() throws Exception {
        for (String curve : List.of(
                "[{\"step\":\"12\",\"epoch\":\"0.25\",\"trainLoss\":\"1.5\",\"evalLoss\":\"2\"}]",
                "[{\"step\":\"\",\"trainLoss\":1}]",
                "[{\"step\":3,\"epoch\":null,\"trainLoss\":null,\"evalLoss\":null}]",
                "[{\"step\":2.7,\"trainLoss\":1}]",
                "[{\"step\":5,\"trainLoss\":\"NaN\",\"evalLoss\":12345678901234567890}]",
                "[{\"step\":5,\"trainLoss\":1,\"trainLoss\":2}]",
                "[]")) {
            sameAsBefore(curve);
        }
        LossColumns c = read("[{\"step\":\"12\",\"epoch\":\"0.25\",\"trainLoss\":\"1.5\"}]");
        assertArrayEquals(new int[] {12}, steps(c));
        assertEquals(1.5, c.trainLoss(0));
    }

    @Test
    void whatTheRecordsRefusedIsStillRefused() {
        for (String curve : List.of("[{\"step\":\"abc\",\"trainLoss\":1}]", "[{\"step\":1,\"trainLoss\":\"low\"}]",
                "[{\"step\":3000000000}]", "[{\"step\":[1]}]", "[{\"step\":1,\"epoch\":{}}]", "[1]", "[\"x\"]",
                "{\"step\":1}", "\"curve\"", "[[]]")) {
            assertThrows(JsonProcessingException.class, () -> read(curve), curve);
            assertThrows(JsonProcessingException.class,
                    () -> JSON.readValue("{\"lossCurve\":" + curve + "}", Before.class), "refused before too: " + curve);
        }
    }

    @Test
    void anAbsentNullOrEmptyCurve() throws Exception {
        assertNull(JSON.readValue("{\"id\":\"ev\"}", Evaluation.class).lossCurve());
        assertNull(read("null"));
        LossColumns empty = read("[]");
        assertEquals(0, empty.size());
        assertEquals(0, empty.total());
    }

    @Test
    void aHundredThousandPointsShuffledComeBackInStepOrderWithTheirValues() throws Exception {
        int n = 100_000;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i + 1;
        }
        Random random = new Random(11);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            int s = order[i];
            json.append(i > 0 ? "," : "").append("{\"step\":").append(s).append(",\"epoch\":").append(s / 1000.0)
                    .append(",\"trainLoss\":").append(1.0 / s);
            if (s % 100 == 0) {
                json.append(",\"evalLoss\":").append(2.0 / s);
            }
            json.append('}');
        }
        LossColumns c = read(json.append(']').toString());
        assertEquals(n, c.size());
        assertEquals(n, c.total());
        int evals = 0;
        for (int i = 0; i < n; i++) {
            int s = i + 1;
            if (c.step(i) != s || c.epoch(i) != s / 1000.0 || c.trainLoss(i) != 1.0 / s) {
                fail("point " + i + " is step " + c.step(i) + " with " + c.trainLoss(i));
            }
            if (!Double.isNaN(c.evalLoss(i))) {
                assertEquals(2.0 / s, c.evalLoss(i));
                evals++;
            }
        }
        assertEquals(1000, evals);
    }
}
