package dev.slmworkbench.api.evaluations;

import dev.slmworkbench.api.evaluations.curves.LossCurves;
import dev.slmworkbench.api.evaluations.export.EvaluationExport;
import dev.slmworkbench.api.shared.ETags;
import dev.slmworkbench.api.shared.ListParams;
import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.EvaluationFigures;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.FieldError;
import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.ListQuery;
import dev.slmworkbench.training.LossColumns;
import dev.slmworkbench.training.NameCache;
import dev.slmworkbench.training.Page;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.training.TrainingBackend;
import dev.slmworkbench.training.UpstreamException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Evaluations: a table filtered by experiment, model and dataset and searched by their names,
 * the filters' choices, one evaluation with its loss curve thinned for the chart, and a CSV of
 * several with their full curves. NameCache come through {@link NameCache}, never one call per row.
 */
@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private static final Comparator<FacetOption> BY_NAME = Comparator
            .comparing((FacetOption o) -> o.name() == null ? null : o.name().toLowerCase(Locale.ROOT),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FacetOption::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private final TrainingBackend training;
    private final NameCache names;
    private final EvaluationScans scans;
    private final EvaluationExport export;
    private final ETags etags;
    private final EvaluationCache cache;

    EvaluationResource(TrainingBackend training, NameCache names, EvaluationScans scans, EvaluationExport export,
            ETags etags, EvaluationCache cache) {
        this.cache = cache;
        this.training = training;
        this.names = names;
        this.scans = scans;
        this.export = export;
        this.etags = etags;
    }

    @GET
    @APIResponse(responseCode = "200", description = "A page of evaluations with names, with an ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    public Uni<Response> list(@BeanParam ListParams params, @BeanParam EvaluationFilters filters,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Uni.createFrom().deferred(() -> {
            ListQuery asked = query(params, filters);
            if (asked.q() != null) {
                return scanned(asked, ifNoneMatch);
            }
            Uni<Response> direct = training.evaluations(asked).chain(page -> scans.names(page.items())
                    .map(n -> etags.ok(new Page<>(page.items().stream().map(n::row).toList(), page.total()),
                            ifNoneMatch)));
            if (!EvaluationFigures.isMetricSort(asked.sortField())) {
                return direct;
            }
            // A Training API that pages but does not sort by metrics refuses the key: sort a scan here.
            return direct.onFailure(EvaluationResource::refused).recoverWithUni(() -> scanned(asked, ifNoneMatch));
        });
    }

    /** The search over names, or a metric sort the upstream cannot do: a scan filtered, sorted and paged here. */
    private Uni<Response> scanned(ListQuery asked, String ifNoneMatch) {
        boolean byMetric = EvaluationFigures.isMetricSort(asked.sortField());
        String q = asked.q() == null ? null : asked.q().toLowerCase(Locale.ROOT);
        return scans.scan(asked.filters(), byMetric ? ListQuery.DEFAULT_SORT : asked.sort()).chain(scan -> {
            List<Evaluation> items = scan.items();
            if (byMetric) {
                items = new ArrayList<>(items);
                items.sort(EvaluationFigures.order(asked));
            }
            List<Evaluation> ordered = items;
            return scans.names(ordered).map(n -> {
                List<EvaluationRow> matching = ordered.stream().map(n::row).filter(r -> q == null || matches(r, q))
                        .toList();
                int from = Math.min(asked.offset(), matching.size());
                int to = Math.min(from + asked.limit(), matching.size());
                return etags.ok(new Page<>(matching.subList(from, to), matching.size()), ifNoneMatch);
            });
        });
    }

    private static boolean refused(Throwable e) {
        return e instanceof UpstreamException u && u.kind() == UpstreamException.Kind.REJECTED
                && u.problem().status() == 400;
    }

    /** Each list holds the values among evaluations matching the other two filters; equal scans run once. */
    @GET
    @Path("facets")
    @APIResponse(responseCode = "200", description = "The filters' choices, with an ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationFacets.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    public Uni<Response> facets(@BeanParam EvaluationFilters filters, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Uni.createFrom().deferred(() -> {
            Map<String, String> chosen = filters.toMap();
            // Each facet's options come from a scan without that facet's own filter; facets that
            // need the same scan share it. Only distinct scans are combined: one failed scan shared
            // by several would otherwise fail the answer once and be reported as dropped the rest.
            List<Map<String, String>> perFacet = new ArrayList<>();
            Map<Map<String, String>, Uni<EvaluationScans.Scan>> byFilters = new LinkedHashMap<>();
            for (String facet : EvaluationFilters.NAMES) {
                Map<String, String> others = new LinkedHashMap<>(chosen);
                others.remove(facet);
                perFacet.add(others);
                byFilters.computeIfAbsent(others, f -> scans.scan(f, ListQuery.DEFAULT_SORT));
            }
            List<Map<String, String>> distinct = new ArrayList<>(byFilters.keySet());
            return Uni.combine().all().unis(new ArrayList<>(byFilters.values()))
                    .with(EvaluationScans.Scan.class, scanned -> perFacet.stream()
                            .map(others -> scanned.get(distinct.indexOf(others))).toList())
                    .chain(found -> {
                        List<Evaluation> all = new ArrayList<>();
                        found.forEach(s -> all.addAll(s.items()));
                        boolean complete = found.stream().allMatch(EvaluationScans.Scan::complete);
                        return scans.names(all).map(n -> etags.ok(new EvaluationFacets(
                                options(found.get(0), Evaluation::experimentId, n.experiments()),
                                options(found.get(1), Evaluation::modelId, n.models()),
                                options(found.get(2), Evaluation::datasetId, n.datasets()), complete), ifNoneMatch));
                    });
        });
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The evaluation with its thinned loss curve, with an ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationDetail.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    public Uni<Response> get(@RestPath String id, @RestQuery String points,
            @RestHeader("If-None-Match") String ifNoneMatch) {
        return Uni.createFrom().deferred(() -> {
            int size = points(points);
            Evaluation kept = cache.get(id);
            Uni<Evaluation> read = kept != null ? Uni.createFrom().item(kept) : evaluation(id);
            return read.chain(e -> Uni.combine().all()
                    .unis(experiment(e.experimentId()), names.anyModels(idList(e.modelId())),
                            names.datasets(idList(e.datasetId())))
                    .asTuple()
                    .invoke(t -> {
                        if (kept == null) {
                            cache.keepIfFinished(e, t.getItem1());
                        }
                    })
                    .chain(t -> config(t.getItem1()).map(config -> etags.ok(new EvaluationDetail(e.id(),
                            e.experimentId(), t.getItem1() == null ? null : t.getItem1().name(),
                            e.modelId(), EvaluationRow.name(t.getItem2(), e.modelId()),
                            e.datasetId(), EvaluationRow.name(t.getItem3(), e.datasetId()), e.createdAt(),
                            EvaluationRow.metrics(e), EvaluationFigures.step(e), lastEvalLoss(e), lastEvalLossStep(e),
                            e.trainingStats() == null ? Map.of() : e.trainingStats(),
                            config, cache.thin(e, size)), ifNoneMatch))));
        });
    }

    /** A CSV of these evaluations with full curves, streamed; bad or missing ids are refused before the first byte. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @APIResponse(responseCode = "200", description = "The evaluations' metrics, statistics, configuration and full loss curves.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public RestMulti<Buffer> exportCsv(@RestQuery String ids) {
        return export.csv(ids);
    }

    private static ListQuery query(ListParams params, EvaluationFilters filters) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> chosen = Map.of();
        ListQuery asked = null;
        try {
            chosen = filters.toMap();
        } catch (InvalidRequestException invalid) {
            errors.addAll(invalid.errors());
        }
        try {
            asked = params.toQuery(new String[0]);
        } catch (InvalidRequestException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some list parameters are not valid.", errors);
        }
        // The search is over names, which evaluations do not have upstream: it never goes there.
        return new ListQuery(asked.offset(), asked.limit(), asked.sort(), asked.q(), chosen);
    }

    private static boolean matches(EvaluationRow row, String q) {
        return contains(row.experimentName(), q) || contains(row.modelName(), q) || contains(row.datasetName(), q);
    }

    private static boolean contains(String name, String q) {
        return name != null && name.toLowerCase(Locale.ROOT).contains(q);
    }

    private static List<FacetOption> options(EvaluationScans.Scan scan, Function<Evaluation, String> id,
            Map<String, String> known) {
        Set<String> ids = new HashSet<>();
        for (Evaluation e : scan.items()) {
            if (id.apply(e) != null) {
                ids.add(id.apply(e));
            }
        }
        return ids.stream().map(i -> new FacetOption(i, known.get(i))).sorted(BY_NAME).toList();
    }

    public static int points(String text) {
        if (text == null || text.isBlank()) {
            return LossCurves.DEFAULT_POINTS;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= LossCurves.MIN_POINTS && value <= LossCurves.MAX_POINTS) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below with the allowed range
        }
        throw new InvalidRequestException("The number of points is not valid.", List.of(new FieldError("points",
                "Points must be a whole number from " + LossCurves.MIN_POINTS + " to " + LossCurves.MAX_POINTS + ".")));
    }

    /** The evaluation, or a 404 that says which one is missing. */
    Uni<Evaluation> evaluation(String id) {
        return training.evaluation(id).onFailure(EvaluationResource::notFound)
                .transform(e -> missing(id));
    }

    public static UpstreamException missing(String id) {
        return new UpstreamException(UpstreamException.Kind.REJECTED, Problem.of(404, "Evaluation not found",
                "There is no evaluation '" + id + "'. It may have been deleted."));
    }

    public static boolean notFound(Throwable e) {
        return e instanceof UpstreamException u && u.problem().status() == 404;
    }

    /** The experiment, or null when it is gone (the page then shows no configuration). */
    private Uni<Experiment> experiment(String id) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return training.experiment(id).onFailure(EvaluationResource::notFound).recoverWithNull();
    }

    private Uni<EvaluationConfig> config(Experiment x) {
        if (x == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.combine().all()
                .unis(names.models(idList(x.baseModelId())),
                        names.datasets(idList(x.trainingDatasetId(), x.evaluationDatasetId())))
                .asTuple().map(t -> new EvaluationConfig(
                        x.config() == null ? null : x.config().learningRate(),
                        x.config() == null ? null : x.config().epochs(),
                        x.config() == null ? null : x.config().batchSize(),
                        x.baseModelId(), EvaluationRow.name(t.getItem1(), x.baseModelId()),
                        x.trainingDatasetId(), EvaluationRow.name(t.getItem2(), x.trainingDatasetId()),
                        x.evaluationDatasetId(), EvaluationRow.name(t.getItem2(), x.evaluationDatasetId())));
    }

    /** The curve's last evaluation loss, else the final one the statistics report. */
    static Double lastEvalLoss(Evaluation e) {
        int i = lastEvalPoint(e.lossCurve());
        return i >= 0 ? Double.valueOf(e.lossCurve().evalLoss(i)) : EvaluationFigures.evalLoss(e);
    }

    /** The step of the curve's last evaluation loss; null when the loss came without a curve point. */
    static Long lastEvalLossStep(Evaluation e) {
        int i = lastEvalPoint(e.lossCurve());
        return i >= 0 ? Long.valueOf(e.lossCurve().step(i)) : null;
    }

    private static int lastEvalPoint(LossColumns curve) {
        if (curve == null) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < curve.size(); i++) {
            if (!Double.isNaN(curve.evalLoss(i)) && (best < 0 || curve.step(i) >= curve.step(best))) {
                best = i;
            }
        }
        return best;
    }

    static List<String> idList(String... ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }
}
