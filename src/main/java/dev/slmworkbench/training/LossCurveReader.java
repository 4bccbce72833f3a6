package dev.slmworkbench.training;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;

/**
 * Reads an evaluation's {@code lossCurve} array token by token straight into {@link LossColumns}:
 * no tree and no {@link LossPoint} per point. Tolerant as the record reading was: unknown fields
 * skipped, null entries and points without a step counted but dropped; anything other than a
 * plain number (a number as a string, a null, a float for the step) goes through Jackson's own
 * {@code Integer}/{@code Double} reading, so it is accepted or refused exactly as before.
 */
@RegisterForReflection
public final class LossCurveReader extends StdDeserializer<LossColumns> {

    /**
     * The reader attribute with the most points a curve may have (an {@code Integer}); past it the
     * reading stops with {@link UpstreamErrors#tooManyPoints}. Without it, any length is read.
     */
    public static final String MAX_POINTS = "slm.maxCurvePoints";

    public LossCurveReader() {
        super(LossColumns.class);
    }

    @Override
    public LossColumns deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartArrayToken()) {
            return (LossColumns) ctxt.handleUnexpectedToken(LossColumns.class, p);
        }
        // Most of the cost is decimal text to double; the fast parser gives the same doubles, faster.
        boolean fast = p.isEnabled(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
        p.enable(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
        try {
            return curve(p, ctxt);
        } finally {
            if (!fast) {
                p.disable(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
            }
        }
    }

    private static LossColumns curve(JsonParser p, DeserializationContext ctxt) throws IOException {
        LossColumns.Builder curve = new LossColumns.Builder();
        int max = ctxt.getAttribute(MAX_POINTS) instanceof Integer limit ? limit : Integer.MAX_VALUE;
        int entries = 0;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (++entries > max) {
                throw UpstreamErrors.tooManyPoints(max);
            }
            if (token == JsonToken.VALUE_NULL) {
                curve.skip();
                continue;
            }
            if (token != JsonToken.START_OBJECT) {
                return (LossColumns) ctxt.handleUnexpectedToken(LossPoint.class, p);
            }
            point(p, ctxt, curve);
        }
        return curve.build();
    }

    /** One point object, the parser on its START_OBJECT; leaves it on the END_OBJECT. */
    private static void point(JsonParser p, DeserializationContext ctxt, LossColumns.Builder curve) throws IOException {
        Integer step = null;
        double epoch = Double.NaN;
        double train = Double.NaN;
        double eval = Double.NaN;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "step" -> step = whole(p, ctxt);
                case "epoch" -> epoch = number(p, ctxt);
                case "trainLoss" -> train = number(p, ctxt);
                case "evalLoss" -> eval = number(p, ctxt);
                default -> p.skipChildren();
            }
        }
        if (step == null) {
            curve.skip();
        } else {
            curve.add(step, epoch, train, eval);
        }
    }

    private static Integer whole(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        return t == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Integer.class);
    }

    /** The number, or {@code NaN} for null (missing). */
    private static double number(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            return p.getDoubleValue();
        }
        if (t == JsonToken.VALUE_NULL) {
            return Double.NaN;
        }
        Double value = ctxt.readValue(p, Double.class);
        return value == null ? Double.NaN : value;
    }
}
