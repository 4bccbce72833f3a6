package dev.slmworkbench.training.contract;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/** Sends the Training API credential on every call, when there is one. */
final class BearerToken implements ClientRequestFilter {

    private final Optional<String> token;

    BearerToken(Optional<String> token) {
        this.token = token;
    }

    @Override
    public void filter(ClientRequestContext request) {
        token.ifPresent(t -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + t));
    }
}
