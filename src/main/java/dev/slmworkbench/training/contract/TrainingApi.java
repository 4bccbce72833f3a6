package dev.slmworkbench.training.contract;

import dev.slmworkbench.training.NewExperiment;
import dev.slmworkbench.training.UpstreamErrors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/**
 * The Training API over HTTP, non-blocking: every call returns a {@link Uni} and no thread waits
 * for the answer. Bodies come back as text so that {@link TrainingClient} decides what a
 * malformed answer means, instead of a deserialisation error deep in the client. Built by
 * {@link TrainingClient}, which knows the base URL only once the server is listening.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface TrainingApi {

    @GET
    @Path("/{collection}")
    Uni<String> list(@PathParam("collection") String collection, @RestQuery Map<String, String> query);

    @GET
    @Path("/{collection}/{id}")
    Uni<String> get(@PathParam("collection") String collection, @PathParam("id") String id);

    /** The same read as bytes: a long evaluation is parsed from its UTF-8 without a text copy first. */
    @GET
    @Path("/{collection}/{id}")
    Uni<byte[]> getBytes(@PathParam("collection") String collection, @PathParam("id") String id);

    @POST
    @Path("/experiments")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<String> createExperiment(@HeaderParam("Idempotency-Key") String idempotencyKey, NewExperiment body);

    @POST
    @Path("/experiments/{id}/cancel")
    Uni<String> cancelExperiment(@PathParam("id") String id);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        // The body of an error answer is at most 1 MiB here (AnswerCap).
        return UpstreamErrors.fromAnswer(response.getStatus(),
                response.hasEntity() ? response.readEntity(String.class) : "", response.getHeaderString("Retry-After"));
    }
}
