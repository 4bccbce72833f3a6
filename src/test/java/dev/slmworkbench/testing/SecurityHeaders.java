package dev.slmworkbench.testing;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;

/** The headers every answer of the server carries, whatever it is. */
public final class SecurityHeaders {

    public static final String CSP =
            "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    /** Checks the headers of an answer sent over plain HTTP, where HSTS must not be sent. */
    public static ValidatableResponse assertPresent(ValidatableResponse response) {
        return response
                .header("Content-Security-Policy", equalTo(CSP))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("Cross-Origin-Resource-Policy", equalTo("same-origin"))
                .header("Cross-Origin-Opener-Policy", equalTo("same-origin"))
                .header("Permissions-Policy", allOf(containsString("camera=()"), containsString("microphone=()"),
                        containsString("geolocation=()"), containsString("payment=()"), containsString("usb=()")))
                .header("Strict-Transport-Security", nullValue());
    }
}
