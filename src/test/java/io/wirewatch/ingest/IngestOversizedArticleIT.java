package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.serde.Topic;
import io.wirewatch.testing.SharedCluster;
import io.wirewatch.topology.WirewatchTopics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/**
 * An article within the intake limit whose record the producer still cannot send (too large once
 * serialized) is refused for good with 413, never 503 "retry", on the real broker and registry.
 */
class IngestOversizedArticleIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anArticleTooLargeForTheBrokerIs413AndTheNextOneGoesThrough() throws Exception {
        Map<String, Object> client = SharedCluster.config().clientProperties();
        String topic = "ingest-oversized-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", client.get("bootstrap.servers")))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        Topic<String, RawArticle> raw = WirewatchTopics.withRegistry(client).raw();
        try (RawArticleProducer producer = new RawArticleProducer(client, new Topic<>(topic, raw.keySerde(), raw.valueSerde()));
                IngestServer server = IngestServer.start("127.0.0.1", 0, new IngestEndpoint(
                        new KafkaArticleSink(producer, System.err::println), 10 * 1024 * 1024, null, Clock.systemUTC()))) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/ingest");
            String body = "x".repeat(ArticleFiles.MAX_ARTICLE_BYTES - 8); // passes intake; its record exceeds 1 MiB

            HttpResponse<String> big = post(uri, "{\"id\":\"big\",\"source\":\"TASS\",\"body\":\"" + body + "\"}");
            HttpResponse<String> small = post(uri, "{\"id\":\"small\",\"body\":\"Текст.\"}");

            assertThat(big.statusCode()).isEqualTo(413);
            JsonNode answer = JSON.readTree(big.body());
            assertThat(answer.get("undelivered")).isEmpty();
            assertThat(answer.get("rejected").get(0).get("input").asText()).isEqualTo("big");
            assertThat(answer.get("rejected").get(0).get("error").asText()).contains("too large for the broker");
            assertThat(small.statusCode()).isEqualTo(202);
        }
    }

    private static HttpResponse<String> post(URI uri, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
