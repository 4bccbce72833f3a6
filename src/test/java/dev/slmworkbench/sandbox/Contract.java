package dev.slmworkbench.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/** Filters that fail a REST Assured call whose exchange breaks training-api.yaml. */
public final class Contract {

    private static final String SPEC = "openapi/training-api.yaml";

    /** Request and response must both conform. */
    public static final OpenApiValidationFilter VALID = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC).build());

    /** Only the response must conform: for tests that send invalid requests on purpose. */
    public static final OpenApiValidationFilter RESPONSE = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }
}
