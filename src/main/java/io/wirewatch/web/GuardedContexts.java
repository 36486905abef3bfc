package io.wirewatch.web;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** Contexts that check the request target, size limits, then the {@code Host}, before their handler runs. */
public final class GuardedContexts {
    private GuardedContexts() {
    }

    public static HttpContext create(HttpServer server, String path, HttpHandler handler, HostCheck hosts) {
        HttpContext context = server.createContext(path, handler);
        context.getFilters().add(new TargetCheck());
        context.getFilters().add(new RequestLimits());
        context.getFilters().add(hosts);
        return context;
    }
}
