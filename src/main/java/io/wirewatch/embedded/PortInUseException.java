package io.wirewatch.embedded;

/**
 * An embedded service could not bind its port because something else holds it. The command line
 * turns this into a message naming the port and the flag that changes it.
 */
public class PortInUseException extends RuntimeException {
    private final String service;
    private final int port;

    public PortInUseException(String service, int port, Throwable cause) {
        super(service + " could not bind 127.0.0.1:" + port + ": the port is already in use", cause);
        this.service = service;
        this.port = port;
    }

    public String service() {
        return service;
    }

    public int port() {
        return port;
    }
}
