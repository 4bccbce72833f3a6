package dev.slmworkbench.training.contract;

import dev.slmworkbench.training.ListQuery;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.training.UpstreamException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The shape learning and sharing of list reads, with a fake upstream that answers when told to. */
class BareListsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicLong clock = new AtomicLong();
    private final List<ListQuery> asked = new ArrayList<>();
    private final List<UniEmitter<? super JsonNode>> pending = new ArrayList<>();
    private final BareLists lists = new BareLists(Duration.ofSeconds(5), clock::get, (collection, query) -> {
        asked.add(query);
        return Uni.createFrom().emitter(pending::add);
    });

    private static final ListQuery COUNT = ListQuery.first(1);
    private static final ListQuery RUNNING = ListQuery.first(1).withFilter("status", "running");
    private static final ListQuery RECENT = ListQuery.first(5);

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<JsonNode> read(ListQuery query) {
        return lists.read("experiments", query).subscribeAsCompletionStage();
    }

    private void answer(int index, String body) {
        pending.get(index).complete(json(body));
    }

    @Test
    void readsInFlightTogetherShareOneFetchOfABareArrayAndTheWindowKeepsIt() {
        var count = read(COUNT);
        var running = read(RUNNING);
        var recent = read(RECENT);
        assertEquals(List.of(COUNT), asked, "one upstream read for the three");
        answer(0, "[{\"id\":\"e1\"}]");
        assertTrue(count.join().isArray());
        assertSame(count.join(), running.join());
        assertSame(count.join(), recent.join());

        clock.addAndGet(Duration.ofSeconds(4).toNanos());
        assertTrue(read(RUNNING).join().isArray());
        assertEquals(1, asked.size(), "kept within the window");

        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        read(RECENT);
        assertEquals(List.of(COUNT, RECENT), asked, "asked again after the window");
    }

    @Test
    void aPagedCollectionIsAskedExactlyAsEachReadWantsOnceLearned() {
        var count = read(COUNT);
        var running = read(RUNNING);
        answer(0, "{\"items\":[],\"total\":7}");
        assertEquals(7, count.join().path("total").asInt());
        // the running count waited for the first answer, saw a page for another read, and asked its own
        assertEquals(List.of(COUNT, RUNNING), asked);
        answer(1, "{\"items\":[],\"total\":2}");
        assertEquals(2, running.join().path("total").asInt());

        read(COUNT);
        read(RECENT);
        assertEquals(List.of(COUNT, RUNNING, COUNT, RECENT), asked, "paged: no waiting, no sharing across reads");
    }

    @Test
    void aPagedUpstreamThatTurnsBareIsNoticedAndKept() {
        read(COUNT);
        answer(0, "{\"items\":[],\"total\":7}");
        var count = read(COUNT);
        answer(1, "[]");
        assertTrue(count.join().isArray());
        assertTrue(read(RECENT).join().isArray());
        assertEquals(2, asked.size());
    }

    @Test
    void aFailureOfTheCollectionIsSharedButARefusalOfAnotherReadIsNot() {
        var count = read(COUNT);
        var running = read(RUNNING);
        pending.get(0).fail(new UpstreamException(UpstreamException.Kind.SERVER_ERROR,
                new Problem(null, "Training API error", 502, "down", List.of())));
        assertThrows(Exception.class, count::join);
        assertThrows(Exception.class, running::join);
        assertEquals(1, asked.size());

        var first = read(COUNT);
        var second = read(RUNNING);
        pending.get(1).fail(new UpstreamException(UpstreamException.Kind.REJECTED,
                new Problem(null, "Invalid query", 422, "bad", List.of())));
        assertThrows(Exception.class, first::join);
        assertEquals(List.of(COUNT, COUNT, RUNNING), asked, "the refused read's neighbour asked on its own");
        answer(2, "[]");
        assertTrue(second.join().isArray());
    }

    @Test
    void aChangeDropsTheKeptArrayAtOnce() {
        read(COUNT);
        answer(0, "[]");
        lists.invalidate("experiments");
        read(COUNT);
        assertEquals(2, asked.size());
    }
}
