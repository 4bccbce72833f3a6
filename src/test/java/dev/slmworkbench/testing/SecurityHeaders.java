package dev.slmworkbench.testing;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;

/** The headers every answer of the server carries, whatever it is. */
public final class SecurityHeaders {

    public static final String CSP =
            "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static ValidatableResponse assertPresent(ValidatableResponse response) {
        return response
                .header("Content-Security-Policy", equalTo(CSP))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
    }
}
