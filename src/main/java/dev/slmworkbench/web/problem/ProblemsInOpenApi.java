package dev.slmworkbench.web.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every {@code /api} operation answers a failure as problem JSON: said once here rather than on
 * each method (a class-level response would hide the answers the scanner infers from return types).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemsInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.equals("/api") || path.startsWith("/api/")) {
                item.getOperations().values().forEach(ProblemsInOpenApi::addDefault);
            }
        });
    }

    private static void addDefault(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().hasAPIResponse("default")) {
            return;
        }
        Schema problem = OASFactory.createSchema().ref("Problem");
        Content content = OASFactory.createContent()
                .addMediaType(ProblemResponses.MEDIA_TYPE, OASFactory.createMediaType().schema(problem));
        operation.getResponses().addAPIResponse("default", OASFactory.createAPIResponse()
                .description("What went wrong, as RFC 9457 problem JSON.").content(content));
    }
}
