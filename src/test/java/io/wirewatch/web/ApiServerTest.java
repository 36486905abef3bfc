package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP server before the extractor runs: health, security headers and the token. */
class ApiServerTest {
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
        assertThat(get("/assets/../../kb/people.tsv").statusCode()).isEqualTo(404);
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
}
