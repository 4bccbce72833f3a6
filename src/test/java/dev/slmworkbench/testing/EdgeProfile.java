package dev.slmworkbench.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The app as deployed behind a TLS-terminating proxy under a real host name, with a short read
 * timeout so slow clients are quick to test. Test classes that share it share one Quarkus boot.
 */
public class EdgeProfile implements QuarkusTestProfile {

    public static final String HOST = "workbench.example.com";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.enable-forwarded-host", "true",
                "ui.allowed-hosts", HOST + ",localhost,127.0.0.1,[::1]",
                "quarkus.http.read-timeout", "1s");
    }
}
