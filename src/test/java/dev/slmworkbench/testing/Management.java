package dev.slmworkbench.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The management interface in tests (health, metrics, OpenAPI under {@code /q}): its own port,
 * {@code quarkus.management.test-port} (9001 unless set), never the public one.
 */
public final class Management {

    private Management() {
    }

    public static int port() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
    }

    /** Base URL of the management interface, e.g. {@code http://localhost:9001}. */
    public static String url() {
        return "http://localhost:" + port();
    }

    /** A REST Assured request to the management interface; paths are absolute ({@code /q/health/ready}). */
    public static RequestSpecification given() {
        return RestAssured.given().baseUri("http://localhost").port(port()).basePath("");
    }
}
