package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.schema.ArticleFormat;
import io.wirewatch.testing.CollectingSink;
import io.wirewatch.testing.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /ingest} over real HTTP on loopback. */
class IngestEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CollectingSink sink = new CollectingSink();
    private final HttpClient http = HttpClient.newHttpClient();
    private IngestServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private URI start(String token, int maxBytes) throws Exception {
        server = IngestServer.start("127.0.0.1", 0, new IngestEndpoint(sink, maxBytes, token, Clock.systemUTC()));
        return URI.create("http://127.0.0.1:" + server.port() + "/ingest");
    }

    private HttpResponse<String> post(URI uri, byte[] body, String contentType, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, String json) throws Exception {
        return post(uri, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json", null);
    }

    @Test
    void oneArticleIsAcceptedWithItsId() throws Exception {
        URI uri = start(null, 1 << 20);

        HttpResponse<String> response = post(uri, "{\"id\":\"a1\",\"source\":\"TASS\",\"published\":\"2026-02-10\","
                + "\"headline\":\"Лавров\",\"body\":\"Лавров провёл переговоры.\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(response.body()).get("accepted").get(0).asText()).isEqualTo("a1");
        assertThat(sink.received()).singleElement().satisfies(a -> {
            assertThat(a.getFormat()).isEqualTo(ArticleFormat.HTTP);
            assertThat(a.getSource()).isEqualTo("TASS");
        });
    }

    @Test
    void aBatchKeepsTheGoodArticlesAndNamesTheBadOnes() throws Exception {
        URI uri = start(null, 1 << 20);

        HttpResponse<String> response = post(uri, "[{\"id\":\"b1\",\"body\":\"Текст.\"}, {\"id\":\"b2\"}, 7]");

        JsonNode answer = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(answer.get("accepted")).extracting(JsonNode::asText).containsExactly("b1");
        assertThat(answer.get("rejected")).hasSize(2);
        assertThat(answer.get("rejected").get(0).get("input").asText()).isEqualTo("request[1]");
        assertThat(answer.get("rejected").get(0).get("error").asText()).contains("no \"body\"");
    }

    @Test
    void malformedJsonIsA400ThatSaysWhy() throws Exception {
        URI uri = start(null, 1 << 20);

        HttpResponse<String> response = post(uri, "{\"body\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("malformed JSON");
        assertThat(sink.received()).isEmpty();
    }

    @Test
    void aDeclaredWindows1251BodyIsDecoded() throws Exception {
        URI uri = start(null, 1 << 20);

        post(uri, "{\"id\":\"c1\",\"body\":\"Песков заявил.\"}".getBytes(Charset.forName("windows-1251")),
                "application/json; charset=windows-1251", null);

        assertThat(sink.received()).singleElement().satisfies(a -> assertThat(a.getBody()).isEqualTo("Песков заявил."));
    }

    @Test
    void withATokenSetOnlyItsBearerGetsIn() throws Exception {
        URI uri = start("s3cret", 1 << 20);
        byte[] body = "{\"body\":\"Текст.\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(post(uri, body, "application/json", null).statusCode()).isEqualTo(401);
        assertThat(post(uri, body, "application/json", "wrong").statusCode()).isEqualTo(401);
        assertThat(post(uri, body, "application/json", "s3cret").statusCode()).isEqualTo(202);
        assertThat(sink.received()).hasSize(1);
    }

    @Test
    void anOversizedBodyIsRefusedAndOtherMethodsAreNotAllowed() throws Exception {
        URI uri = start(null, 64);

        assertThat(post(uri, "{\"body\":\"" + "x".repeat(100) + "\"}").statusCode()).isEqualTo(413);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(sink.received()).isEmpty();
    }
    @Test
    void plainTextAndFormBodiesAreRefusedWhateverTheyContain() throws Exception {
        URI uri = start(null, 1 << 20);
        byte[] json = "{\"id\":\"f1\",\"source\":\"Reuters\",\"body\":\"Contacts suspended.\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> plain = post(uri, json, "text/plain", null);
        HttpResponse<String> form = post(uri, json, "application/x-www-form-urlencoded", null);
        HttpResponse<String> multipart = post(uri, json, "multipart/form-data; boundary=x", null);

        assertThat(List.of(plain, form, multipart)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(415);
            assertThat(JSON.readTree(r.body()).path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        });
        assertThat(sink.received()).isEmpty();
    }

    @Test
    void aBrowserPageFromAnotherOriginIsRefused() throws Exception {
        URI uri = start(null, 1 << 20);

        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Origin", "http://127.0.0.1:9999").POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(foreign.body()).path("code").asText()).isEqualTo("FOREIGN_ORIGIN");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(sink.received()).isEmpty();
    }

    @Test
    void anAllowedOriginGetsItsPreflightAnsweredAndMayPost() throws Exception {
        server = IngestServer.start("127.0.0.1", 0, new IngestEndpoint(sink, 1 << 20, null,
                new IngestOrigins(List.of("https://desk.example.org")), Clock.systemUTC()));
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/ingest");

        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(uri).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://desk.example.org").header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Origin", "https://desk.example.org").POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"d1\",\"body\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://desk.example.org");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(h -> assertThat(h).contains("Content-Type"));
        assertThat(sent.statusCode()).isEqualTo(202);
        assertThat(sink.ids()).containsExactly("d1");
    }

    @Test
    void anArticleOverTheArticleLimitIs413NotRetryAndTheOthersInItsBatchGoThrough() throws Exception {
        URI uri = start(null, 10 * 1024 * 1024);
        String huge = "Текст статьи. ".repeat(350_000); // 4.9 million characters, 9 MB in UTF-8

        HttpResponse<String> alone = post(uri, "{\"id\":\"huge\",\"body\":\"" + huge + "\"}");
        HttpResponse<String> batch = post(uri, "[{\"id\":\"huge\",\"body\":\"" + huge.substring(0, 600_000)
                + "\"}, {\"id\":\"small\",\"body\":\"Текст.\"}]");

        assertThat(alone.statusCode()).isEqualTo(413);
        JsonNode answer = JSON.readTree(alone.body());
        assertThat(answer.get("undelivered")).isEmpty();
        assertThat(answer.get("rejected").get(0).get("error").asText()).contains("over 1048576 bytes");
        assertThat(batch.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(batch.body()).get("rejected").get(0).get("input").asText()).isEqualTo("request[0]");
        assertThat(sink.ids()).containsExactly("small");
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws Exception {
        start(null, 1 << 20);
        String body = "{\"body\":\"x\"}";

        RawHttp rebound = RawHttp.send(server.port(), "POST /ingest HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(rebound.status()).isEqualTo(421);
        assertThat(sink.received()).isEmpty();
    }

    @Test
    void aRequestTargetThatIsNotAValidUriIsA400InJson() throws Exception {
        start(null, 1 << 20);
        String body = "{\"body\":\"x\"}";

        for (String target : new String[] {"/ingest?source=%zz", "/ingest/%zz"}) {
            RawHttp bad = RawHttp.send(server.port(), "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);

            assertThat(bad.status()).as(target).isEqualTo(400);
            assertThat(bad.header("Content-Type")).as(target).startsWith("application/json");
            assertThat(new ObjectMapper().readTree(bad.body()).path("code").asText()).as(target).isEqualTo("BAD_REQUEST");
        }
        assertThat(sink.received()).isEmpty();
    }
}
