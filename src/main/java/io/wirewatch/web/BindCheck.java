package io.wirewatch.web;

import io.wirewatch.config.ConfigException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to serve an endpoint beyond loopback without a bearer token, unless the operator said
 * so explicitly ({@code --insecure-no-auth}); then it warns, loudly, once per server.
 */
public final class BindCheck {
    private static final Logger log = LoggerFactory.getLogger(BindCheck.class);

    private BindCheck() {
    }

    /**
     * @param what        the endpoint, for messages ("the REST API and dashboard")
     * @param tokenHint   how to set its token ("wirewatch.http.token (WIREWATCH_HTTP_TOKEN)")
     * @throws ConfigException when {@code host} is not loopback, no token is set and {@code insecure} is false
     */
    public static void check(String what, String host, boolean tokenSet, boolean insecure, String tokenHint) {
        if (tokenSet || isLoopback(host)) {
            return;
        }
        if (!insecure) {
            throw new ConfigException("refusing to serve " + what + " on " + host + " without a token: anyone who can reach "
                    + host + " could use it; set " + tokenHint + ", bind 127.0.0.1, or pass --insecure-no-auth to accept the risk");
        }
        log.warn("!!! INSECURE: {} on {} has NO AUTHENTICATION (--insecure-no-auth): anyone who can reach this address "
                + "can use it; set {} to require a token !!!", what, host, tokenHint);
    }

    /** Whether every address {@code host} names is a loopback address (unknown names are not). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
