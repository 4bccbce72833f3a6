package dev.slmworkbench.api;

import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.Page;
import dev.slmworkbench.training.TrainingClient;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** Datasets: a page of them, and one. */
@Path("/api/datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    private final TrainingClient training;

    DatasetResource(TrainingClient training) {
        this.training = training;
    }

    @GET
    public Uni<Page<Dataset>> list(@BeanParam ListParams params) {
        return training.datasets(params.toQuery());
    }

    @GET
    @Path("{id}")
    public Uni<Dataset> get(@RestPath String id) {
        return training.dataset(id);
    }
}
