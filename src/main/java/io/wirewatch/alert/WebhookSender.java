package io.wirewatch.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs JSON documents to a webhook: 2xx is delivered; a network error, a timeout, 408, 429 or
 * 5xx is retried with exponential backoff (from {@code firstRetry}, doubling) up to
 * {@code attempts}; another 4xx is final. Returns what happened; never throws for the receiver's
 * faults.
 */
public final class WebhookSender {
    private final URI url;
    private final HttpClient client;
    private final int attempts;
    private final Duration firstRetry;

    public WebhookSender(URI url, int attempts, Duration firstRetry) {
        this.url = url;
        this.attempts = attempts;
        this.firstRetry = firstRetry;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Outcome of one delivery: delivered, or the last reason, after how many attempts. */
    public record Delivery(boolean delivered, int attempts, String lastError) {
    }

    public Delivery post(String json) throws InterruptedException {
        String lastError = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("User-Agent", "Wirewatch alerts")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return new Delivery(true, attempt, null);
                }
                lastError = "HTTP " + status;
                if (status / 100 == 4 && status != 408 && status != 429) {
                    return new Delivery(false, attempt, lastError);
                }
            } catch (IOException e) {
                lastError = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
            }
            if (attempt < attempts) {
                Thread.sleep(firstRetry.multipliedBy(1L << Math.min(attempt - 1, 16)).toMillis());
            }
        }
        return new Delivery(false, attempts, lastError);
    }
}
