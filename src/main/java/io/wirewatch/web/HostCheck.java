package io.wirewatch.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests whose {@code Host} names this server, so a page whose DNS name is
 * rebound to this address cannot read it. Accepted: the bound name, the loopback names when bound
 * to loopback or to every interface, and the configured names ({@code *}: any). Bound to every
 * interface with no names configured, any {@code Host} passes: the bearer token (required there)
 * is what protects it. A refusal is 421 in JSON.
 */
public final class HostCheck extends Filter {
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "::1");
    private final Set<String> allowed;
    private final boolean any;

    private HostCheck(Set<String> allowed, boolean any) {
        this.allowed = allowed;
        this.any = any;
    }

    /** The names a server bound to {@code boundHost} answers to, plus {@code extra} (null or blank entries ignored). */
    public static HostCheck forBinding(String boundHost, Collection<String> extra) {
        Set<String> names = new LinkedHashSet<>();
        names.add(normalized(boundHost));
        List<String> configured = new ArrayList<>();
        for (String name : extra) {
            if (name != null && !name.isBlank()) {
                configured.add(normalized(name));
            }
        }
        boolean wildcard = isWildcard(boundHost);
        if (wildcard || BindCheck.isLoopback(boundHost)) {
            names.addAll(LOOPBACK_NAMES);
        }
        names.addAll(configured);
        return new HostCheck(names, configured.contains("*") || (wildcard && configured.isEmpty()));
    }

    /** Names separated by commas or spaces ({@code "a.example, b.example"}), for configuration values. */
    public static List<String> names(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.asList(list.strip().split("[,\\s]+"));
    }

    public boolean admits(String hostHeader) {
        return any || hostHeader == null || allowed.contains(normalized(withoutPort(hostHeader.strip())));
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (admits(host)) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            HttpReplies.sendError(exchange, ErrorCode.UNKNOWN_HOST, "Host '" + host + "' is not a name of this server ("
                    + String.join(", ", allowed) + "); add it to the allowed host names if it is one");
        }
    }

    @Override
    public String description() {
        return "accepts only requests whose Host names this server";
    }

    static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        return colon >= 0 && colon == host.lastIndexOf(':') ? host.substring(0, colon) : host;
    }

    private static String normalized(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) {
            n = n.substring(1, n.length() - 1);
        }
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static boolean isWildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
