package io.wirewatch.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * HTTP to a Confluent-API schema registry: JSON in and out, Basic auth, failover across the
 * configured URLs and bounded retries with exponential backoff on connection failures and 5xx.
 * A 4xx answer is final and becomes a {@link RegistryException} carrying the registry's message.
 */
final class RegistryHttp {
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final List<String> urls;
    private final String authorization;
    private final int retries;
    private final long backoffMs;
    private final Duration timeout;

    RegistryHttp(RegistryConfig config) {
        this.urls = config.urls();
        this.timeout = Duration.ofMillis(config.requestTimeoutMs());
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        String userInfo = config.basicAuthUserInfo();
        this.authorization = userInfo == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
        this.retries = config.retries();
        this.backoffMs = config.retryBackoffMs();
    }

    List<String> urls() {
        return urls;
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    private JsonNode send(String method, String path, Object body) {
        String payload = body == null ? null : json(body);
        Exception last = null;
        int attempts = 0;
        for (int round = 0; round <= retries; round++) {
            for (String base : urls) {
                attempts++;
                try {
                    HttpResponse<String> response = http.send(request(method, base + path, payload),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (response.statusCode() < 500) {
                        return answer(method + " " + base + path, response);
                    }
                    last = new IOException("HTTP " + response.statusCode() + " from " + base + ": " + response.body());
                } catch (IOException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RegistryUnreachableException(urls, attempts, e);
                }
            }
            if (round < retries) {
                pause(backoffMs << round);
            }
        }
        throw new RegistryUnreachableException(urls, attempts, last);
    }

    private HttpRequest request(String method, String url, String payload) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", CONTENT_TYPE + ", application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest.BodyPublisher publisher = payload == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8);
        if (payload != null) {
            builder.header("Content-Type", CONTENT_TYPE);
        }
        return builder.method(method, publisher).build();
    }

    private static JsonNode answer(String request, HttpResponse<String> response) {
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 400) {
            throw new RegistryException(request, response.statusCode(), body.path("error_code").asInt(0),
                    body.path("message").asText(response.body()));
        }
        return body;
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("message", text);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode a registry request", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
