package dev.slmworkbench.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.net.HostAndPort;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedHostsTest {

    private final AllowedHosts defaults = new AllowedHosts(List.of("localhost", "127.0.0.1", "[::1]"));
    private final AllowedHosts custom = new AllowedHosts(List.of(" Workbench.Example.com ", "10.0.0.5:8443"));

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "LOCALHOST:1", "localhost.:8080", "127.0.0.1:65535", "[::1]", "[::1]:8080"})
    void loopbackNamesOnAnyPortAreAllowedByDefault(String authority) {
        assertTrue(defaults.allows(authority), authority);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.2", "[::2]:8080",
            "localhost:", "localhost:99999", "localhost:80x", "user@localhost", "", "[::1", "::1", "local host"})
    void anythingElseIsRefused(String authority) {
        assertFalse(defaults.allows(authority), authority);
    }

    @Test
    void anEntryWithAPortAllowsOnlyThatPort() {
        assertTrue(custom.allows("workbench.example.com"));
        assertTrue(custom.allows("workbench.example.com:443"));
        assertTrue(custom.allows("10.0.0.5:8443"));
        assertFalse(custom.allows("10.0.0.5:8080"));
        assertFalse(custom.allows("10.0.0.5"));
    }

    @Test
    void loopbackNamesStayAllowedWhateverIsConfigured() {
        assertTrue(custom.allows("localhost:8080"), "the user on the machine itself");
        assertTrue(custom.allows("127.0.0.1:8080"), "the BFF calling its own sandbox");
        assertTrue(custom.allows("[::1]"));
        assertFalse(custom.allows("evil.example"));
    }

    @Test
    void aParsedAuthorityIsComparedTheSameWay() {
        assertTrue(defaults.allows(HostAndPort.create("localhost", 8080)));
        assertTrue(defaults.allows(HostAndPort.create("::1", 8080)));
        assertTrue(defaults.allows(HostAndPort.create("[::1]", -1)));
        assertFalse(defaults.allows(HostAndPort.create("evil.example", 8080)));
        assertFalse(defaults.allows((HostAndPort) null));
    }

    @Test
    void aMistypedEntryStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new AllowedHosts(List.of("https://workbench.example.com")));
    }
}
