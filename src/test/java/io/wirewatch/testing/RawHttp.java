package io.wirewatch.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP/1.1 request written byte for byte on a socket, for what {@code HttpClient} will not
 * send: a foreign {@code Host}, a 1 MB request line, thousands of headers.
 */
public record RawHttp(int status, String head, String body) {

    /** Sends {@code request} (with its final blank line) to 127.0.0.1:{@code port} and reads the whole answer. */
    public static RawHttp send(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            if (!answer.startsWith("HTTP/1.1 ") || end < 0) {
                throw new IOException("not an HTTP answer: '" + answer + "'");
            }
            return new RawHttp(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, end), answer.substring(end + 4));
        }
    }

    /** {@code GET target} with {@code Host} and {@code Connection: close}, then {@code extraHeaders} (each ending CRLF). */
    public static RawHttp get(int port, String target, String host, String extraHeaders) throws IOException {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n" + extraHeaders + "\r\n");
    }

    public String header(String name) {
        return head.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse(null);
    }
}
