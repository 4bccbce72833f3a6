package dev.slmworkbench.training.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ReadAnswerTest {

    @Test
    void anAnswerThatEndedBeforeItWasReadReadsAsEmptyAtOnce() {
        // What Vert.x does when a handler is set on a response that has ended already.
        HttpClientResponse ended = (HttpClientResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpClientResponse.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("Response already ended");
                });
        HttpClientRequest request = (HttpClientRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpClientRequest.class}, (proxy, method, args) -> null);

        Future<String> text = WholeAnswers.read(request, ended, 100);

        assertTrue(text.isComplete(), "no wait for a body that will never come");
        assertEquals("", text.result());
    }
}
