package io.wirewatch.embedded;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback ports for the embedded services: a free one, or a check that a chosen one is free. */
public final class Ports {
    private Ports() {
    }

    /**
     * Returns {@code port} when it is free on 127.0.0.1, or any free port when {@code port} is 0.
     *
     * @throws PortInUseException when the chosen port is taken
     */
    public static int claim(String service, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new PortInUseException(service, port, e);
        }
    }

    /** A start failure caused by a port that got taken meanwhile becomes a {@link PortInUseException}. */
    static RuntimeException explainBindFailure(String service, int port, RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return new PortInUseException(service, port, failure);
            }
        }
        return failure;
    }
}
