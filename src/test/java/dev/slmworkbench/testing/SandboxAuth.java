package dev.slmworkbench.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/** Calls to the embedded sandbox carry its bearer token, as the BFF's client does. */
public final class SandboxAuth {

    private SandboxAuth() {
    }

    /** The token of the running app (a random one per process unless SANDBOX_TOKEN is set). */
    public static String token() {
        return ConfigProvider.getConfig().getValue("sandbox.token", String.class);
    }

    public static String header() {
        return "Bearer " + token();
    }

    /** REST Assured's {@code given()} with the sandbox's Authorization header. */
    public static RequestSpecification given() {
        return RestAssured.given().header("Authorization", header());
    }
}
