package io.wirewatch.cli;

import java.util.Locale;

/** The flag that moves each embedded service to another port, for error messages. */
final class PortFlags {
    static final String KAFKA = "--kafka-port";
    static final String REGISTRY = "--registry-port";
    static final String HTTP = "--http-port";

    private PortFlags() {
    }

    static String flagFor(String service) {
        String name = service == null ? "" : service.toLowerCase(Locale.ROOT);
        if (name.contains("registry")) {
            return REGISTRY;
        }
        if (name.contains("http") || name.contains("dashboard")) {
            return HTTP;
        }
        return KAFKA;
    }
}
