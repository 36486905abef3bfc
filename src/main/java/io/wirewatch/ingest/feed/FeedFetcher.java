package io.wirewatch.ingest.feed;

import io.wirewatch.ingest.ContentTypes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP GET of a feed with the JDK client: conditional ({@code If-None-Match},
 * {@code If-Modified-Since} from the last answer), a connect and a whole-request timeout,
 * redirects followed, bodies over {@link #MAX_FEED_BYTES} refused. Produces a {@link FeedResponse}:
 * the bytes and validators, "not modified", or a failure saying whether retrying may help.
 */
public final class FeedFetcher {
    /** Largest feed document accepted. */
    public static final int MAX_FEED_BYTES = 20 * 1024 * 1024;
    private static final String USER_AGENT = "Wirewatch/0.1 (news-wire monitor; feed poller)";

    private final HttpClient client;
    private final Duration requestTimeout;

    public FeedFetcher(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestTimeout = requestTimeout;
    }

    public FeedResponse fetch(URI feed, String etag, String lastModified) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed)
                .timeout(requestTimeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return answer(response, body);
            }
        } catch (HttpTimeoutException e) {
            return FeedResponse.failed("timed out after " + requestTimeout.toMillis() + " ms", true, null);
        } catch (IOException e) {
            return FeedResponse.failed("cannot fetch: " + describe(e), true, null);
        } catch (IllegalArgumentException e) {
            return FeedResponse.failed("not a fetchable URL: " + e.getMessage(), false, null);
        }
    }

    private static FeedResponse answer(HttpResponse<InputStream> response, InputStream body) throws IOException {
        int status = response.statusCode();
        if (status == 304) {
            return FeedResponse.notModified();
        }
        if (status != 200) {
            boolean retryable = status == 408 || status == 429 || status >= 500;
            Duration retryAfter = response.headers().firstValue("Retry-After")
                    .flatMap(FeedFetcher::seconds).orElse(null);
            return FeedResponse.failed("HTTP " + status, retryable, retryAfter);
        }
        byte[] bytes = body.readNBytes(MAX_FEED_BYTES + 1);
        if (bytes.length > MAX_FEED_BYTES) {
            return FeedResponse.failed("feed larger than " + MAX_FEED_BYTES + " bytes", false, null);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        return FeedResponse.fetched(bytes, ContentTypes.charset(contentType),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    private static Optional<Duration> seconds(String retryAfter) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
