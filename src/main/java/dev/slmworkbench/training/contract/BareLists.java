package dev.slmworkbench.training.contract;

import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.ListQuery;
import dev.slmworkbench.training.SingleFlight;
import dev.slmworkbench.training.UpstreamException;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * Learns, per collection, whether the upstream answers list reads with a bare array of every item
 * or with pages. A paged collection is asked exactly as before, one upstream call per read. A
 * bare collection is fetched once for all the reads in flight together and kept for a short
 * window, and each read (a count, a filter, a page) is shaped here from that one array, instead
 * of every read fetching and parsing the whole collection again.
 */
final class BareLists {

    private final Set<String> paged = ConcurrentHashMap.newKeySet();
    private final SingleFlight<Answer> whole;
    private final BiFunction<String, ListQuery, Uni<JsonNode>> ask;

    /** {@code ask} sends one list read upstream and gives its parsed answer. */
    BareLists(Duration window, LongSupplier clock, BiFunction<String, ListQuery, Uni<JsonNode>> ask) {
        this.whole = new SingleFlight<>(window, clock);
        this.ask = ask;
    }

    void window(Duration window) {
        whole.window(window);
    }

    Duration window() {
        return whole.window();
    }

    /** The upstream's answer to this read: a bare array (the whole collection) or the page asked for. */
    Uni<JsonNode> read(String collection, ListQuery query) {
        if (paged.contains(collection)) {
            return askAndLearn(collection, query);
        }
        // Not known to be paged: the first read of this collection goes upstream as it was asked,
        // and reads arriving meanwhile (or within the window, once it was an array) share its answer.
        return whole.share(collection, () -> ask.apply(collection, query)
                .map(body -> new Answer(query, body))
                .onFailure().transform(failure -> new Asked(query, failure))
        ).onItemOrFailure().transformToUni((answer, failure) -> {
            if (failure != null) {
                Asked asked = (Asked) failure;
                // A refusal may be about the other read's parameters; anything else is about the collection.
                return asked.query.equals(query) || !rejected(asked.getCause())
                        ? Uni.createFrom().failure(asked.getCause()) : askAndLearn(collection, query);
            }
            if (answer.body().isArray()) {
                return Uni.createFrom().item(answer.body());
            }
            markPaged(collection);
            return query.equals(answer.asked()) ? Uni.createFrom().item(answer.body()) : askAndLearn(collection, query);
        });
    }

    /** A change to the collection (a launch, a cancel, an upload): the next read asks the upstream. */
    void invalidate(String collection) {
        whole.invalidate(collection::equals);
    }

    /** Forgets every shape learned and every array kept, as after a restart. */
    void forget() {
        paged.clear();
        whole.invalidate(key -> true);
    }

    private Uni<JsonNode> askAndLearn(String collection, ListQuery query) {
        return ask.apply(collection, query).invoke(body -> {
            if (body.isArray()) {
                // The upstream became a bare one: keep the whole array it just gave for the next reads.
                paged.remove(collection);
                whole.keep(collection, new Answer(query, body));
            } else {
                markPaged(collection);
            }
        });
    }

    private void markPaged(String collection) {
        if (paged.add(collection)) {
            whole.invalidate(collection::equals);
        }
    }

    /** The upstream's answer and the read it was sent for (any read may use an array: it holds every item). */
    private record Answer(ListQuery asked, JsonNode body) {
    }

    /** A failed shared read, with the read it was sent for. */
    private static final class Asked extends RuntimeException {
        private final transient ListQuery query;

        Asked(ListQuery query, Throwable cause) {
            super(null, cause, false, false);
            this.query = query;
        }
    }

    private static boolean rejected(Throwable failure) {
        return failure instanceof InvalidRequestException
                || failure instanceof UpstreamException u && u.kind() == UpstreamException.Kind.REJECTED;
    }
}
