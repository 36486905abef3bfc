package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.schema.ArticleFormat;
import io.wirewatch.testing.CollectingSink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Clock;
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
}
