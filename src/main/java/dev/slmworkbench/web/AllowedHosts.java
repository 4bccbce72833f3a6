package dev.slmworkbench.web;

import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The host names the public port answers to ({@code ui.allowed-hosts}). A browser tricked by DNS
 * rebinding still sends the attacker's name as {@code Host} and {@code Origin}, so checking both
 * against this list keeps such pages out.
 */
@ApplicationScoped
public class AllowedHosts {

    /** One entry: a host name or IP literal, and a port, or -1 for any port. */
    record Entry(String host, int port) {
    }

    /**
     * Always allowed: a rebinding page cannot make a browser send these names (they would be its
     * own origin), and the BFF reaches its embedded sandbox at 127.0.0.1.
     */
    static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

    private final List<Entry> entries;

    @Inject
    AllowedHosts(WebConfig config) {
        this(config.allowedHosts());
    }

    AllowedHosts(List<String> configured) {
        this.entries = java.util.stream.Stream.concat(configured.stream(), LOOPBACK.stream())
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    Entry entry = parse(s);
                    if (entry == null) {
                        throw new IllegalArgumentException("ui.allowed-hosts: '" + s + "' is not a host name with an optional port");
                    }
                    return entry;
                })
                .toList();
    }

    /** Whether a request's authority (from {@code Host}, or the forwarded host behind a trusted proxy) is allowed. */
    public boolean allows(HostAndPort authority) {
        return authority != null && allows(normalize(authority.host()), authority.port());
    }

    /** Whether a scheme-less {@code host[:port]}, as in a {@code Host} header or an origin's authority, is allowed. */
    public boolean allows(String authority) {
        Entry entry = authority == null ? null : parse(authority);
        return entry != null && allows(entry.host(), entry.port());
    }

    private boolean allows(String host, int port) {
        for (Entry entry : entries) {
            if (entry.host().equals(host) && (entry.port() == -1 || entry.port() == port)) {
                return true;
            }
        }
        return false;
    }

    /** Parses {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}; null when it is none of them. */
    static Entry parse(String authority) {
        String host;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = authority.substring(0, close + 1);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return null;
                }
                port = rest.substring(1);
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0 && authority.indexOf(':', colon + 1) >= 0) {
                return null;
            }
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? null : authority.substring(colon + 1);
        }
        host = normalize(host);
        if (host.isEmpty() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@' || c == '\\')) {
            return null;
        }
        if (port == null) {
            return new Entry(host, -1);
        }
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int number = Integer.parseInt(port);
        return number > 65535 ? null : new Entry(host, number);
    }

    /** Lower case, without the trailing dot of a fully qualified name; bare IPv6 literals get their brackets. */
    private static String normalize(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.indexOf(':') >= 0 && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return h;
    }
}
