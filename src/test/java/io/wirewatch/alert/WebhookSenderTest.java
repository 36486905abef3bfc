package io.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhook delivery against a real HTTP server on loopback. */
class WebhookSenderTest {
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    WebhookSenderTest() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Integer status;
            synchronized (statuses) {
                status = statuses.poll();
            }
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private WebhookSender sender() {
        return new WebhookSender(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"), 4,
                Duration.ofMillis(10));
    }

    @Test
    void serverErrorsAreRetriedUntilDelivered() throws Exception {
        statuses.addAll(List.of(500, 503));

        WebhookSender.Delivery delivery = sender().post("{\"ruleId\":\"r\"}");

        assertThat(delivery.delivered()).isTrue();
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(bodies).containsOnly("{\"ruleId\":\"r\"}").hasSize(3);
    }

    @Test
    void aClientErrorIsFinalAndAnUnreachableHookGivesUpWithTheReason() throws Exception {
        statuses.add(400);
        assertThat(sender().post("{}")).isEqualTo(new WebhookSender.Delivery(false, 1, "HTTP 400"));

        server.stop(0);
        WebhookSender.Delivery down = sender().post("{}");
        assertThat(down.delivered()).isFalse();
        assertThat(down.attempts()).isEqualTo(4);
        assertThat(down.lastError()).contains("ConnectException");
    }
}
