package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirewatch.testing.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP server before the extractor runs: health, security headers and the token. */
class ApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAnswersAtOnceReadinessAndTheApiWaitForTheStreams() throws Exception {
        server = ApiServer.start("127.0.0.1", 0, null, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("/health");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"ready\":false").contains("STARTING");
        assertThat(get("/api/dyads").statusCode()).isEqualTo(503);
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
    }

    @Test
    void thePageIsServedWithAContentSecurityPolicyAndNothingOutsideItsFiles() throws Exception {
        server = ApiServer.start("127.0.0.1", 0, null, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("default-src 'none'"));
        assertThat(page.body()).contains("/assets/app.js").doesNotContain("http://", "https://");
        assertThat(get("/assets/app.js").headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(get("/assets/../kb/people.tsv").statusCode()).isEqualTo(404);
        HttpResponse<String> aboveTheRoot = get("/assets/../../kb/people.tsv");
        assertThat(aboveTheRoot.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(aboveTheRoot.body()).path("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(get("/WEB-INF/x").statusCode()).isEqualTo(404);
    }

    @Test
    void withATokenOnlyItsBearerOrItsCookieGetsIn() throws Exception {
        server = ApiServer.start("127.0.0.1", 0, "s3cret", new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        assertThat(get("/").statusCode()).isEqualTo(401);
        assertThat(get("/metrics").statusCode()).isEqualTo(401);
        assertThat(get("/api/dyads", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(get("/api/dyads", "Authorization", "Bearer s3cret").statusCode()).isEqualTo(503);
        HttpResponse<String> withToken = get("/?token=s3cret");
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.headers().firstValue("Set-Cookie")).hasValueSatisfying(c ->
                assertThat(c).startsWith("wirewatch_token=s3cret").contains("HttpOnly").contains("SameSite=Strict"));
        assertThat(get("/metrics", "Cookie", "wirewatch_token=s3cret").statusCode()).isEqualTo(200);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }
    private RawHttp raw(String target, String host, String headers) throws Exception {
        return RawHttp.get(server.port(), target, host, headers);
    }

    @Test
    void anOversizedRequestLineIs414AndTooManyHeadersAre431InJson() throws Exception {
        server = ApiServer.start("127.0.0.1", 0, null, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        RawHttp longUrl = raw("/api/events?country=" + "A".repeat(1_000_000), "127.0.0.1", "");
        assertThat(longUrl.status()).isEqualTo(414);
        assertThat(longUrl.header("Content-Type")).startsWith("application/json");
        assertThat(JSON.readTree(longUrl.body()).path("code").asText()).isEqualTo("URI_TOO_LONG");

        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            headers.append("X-Filler-").append(i).append(": v\r\n");
        }
        RawHttp many = raw("/api/events", "127.0.0.1", headers.toString());
        assertThat(many.status()).isEqualTo(431);
        assertThat(JSON.readTree(many.body()).path("code").asText()).isEqualTo("HEADERS_TOO_LARGE");

        RawHttp bigHeader = raw("/health/live", "127.0.0.1", "X-Big: " + "b".repeat(200_000) + "\r\n");
        assertThat(bigHeader.status()).isEqualTo(431);
        assertThat(raw("/health/live", "127.0.0.1", "").status()).isEqualTo(200);
    }

    @Test
    void onLoopbackOnlyLoopbackHostNamesAreAnswered() throws Exception {
        server = ApiServer.start("127.0.0.1", 0, null, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        RawHttp rebound = raw("/api/events", "attacker.example:" + server.port(), "");
        assertThat(rebound.status()).isEqualTo(421);
        assertThat(JSON.readTree(rebound.body()).path("code").asText()).isEqualTo("UNKNOWN_HOST");
        assertThat(raw("/", "evil.example", "").status()).isEqualTo(421);
        assertThat(raw("/health/live", "localhost:" + server.port(), "").status()).isEqualTo(200);
        assertThat(raw("/health/live", "127.0.0.1:" + server.port(), "").status()).isEqualTo(200);
        assertThat(raw("/health/live", "[::1]:" + server.port(), "").status()).isEqualTo(200);
    }

    @Test
    void configuredHostNamesAreAnsweredToo() throws Exception {
        server = ApiServer.start("127.0.0.1", 0, null, java.util.List.of("wirewatch.internal"),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        assertThat(raw("/health/live", "wirewatch.internal:" + server.port(), "").status()).isEqualTo(200);
        assertThat(raw("/health/live", "other.internal", "").status()).isEqualTo(421);
    }

    @Test
    void everyErrorIsJsonWithItsCode() throws Exception {
        server = ApiServer.start("127.0.0.1", 0, null, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        HttpResponse<String> missing = get("/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(JSON.readTree(missing.body()).path("code").asText()).isEqualTo("NOT_FOUND");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(post.body()).path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void aRequestTargetThatIsNotAValidUriIsA400InJsonThatSaysWhy() throws Exception {
        server = ApiServer.start("127.0.0.1", 0, null, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        for (String target : new String[] {"/api/events?since=%zz", "/%zz", "/api/events/%zz", "/health/live?x=%"}) {
            RawHttp bad = raw(target, "127.0.0.1", "");
            assertThat(bad.status()).as(target).isEqualTo(400);
            assertThat(bad.header("Content-Type")).as(target).startsWith("application/json");
            assertThat(bad.header("Content-Security-Policy")).as(target).isEqualTo(HttpReplies.CSP);
            assertThat(JSON.readTree(bad.body()).path("code").asText()).as(target).isEqualTo("BAD_REQUEST");
            assertThat(JSON.readTree(bad.body()).path("error").asText()).as(target).contains("%");
        }
        assertThat(raw("/health/live?x=%25", "127.0.0.1", "").status()).isEqualTo(200);
    }

    @Test
    void anArticleIdThatIsAUrlReachesTheApi() throws Exception {
        server = ApiServer.start("127.0.0.1", 0, null, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        RawHttp article = raw("/api/articles/https%3A%2F%2Fexample.org%2Fa", "127.0.0.1", "");

        assertThat(article.status()).isEqualTo(503);
        assertThat(JSON.readTree(article.body()).path("code").asText()).isEqualTo("UNAVAILABLE");
    }
}
