package io.wirewatch.runtime;

import static io.wirewatch.testing.DecodedRecords.header;
import static io.wirewatch.testing.DecodedRecords.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.ingest.RawArticleProducer;
import io.wirewatch.ingest.RawArticles;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.testing.SharedCluster;
import io.wirewatch.topology.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the real broker and registry: the seed is analyzed, its contact fires the
 * bundled new-contact alert (deduplicated where it fires, no internal topic between), poison
 * records go to the DLQ.
 */
class PipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void analyzesTheSeedAlertsOnItAndRoutesPoisonRecordsToTheDeadLetterTopic() throws Exception {
        WirewatchConfig config = SharedCluster.config();
        Map<String, Object> client = config.clientProperties();
        String run = UUID.randomUUID().toString();
        RawArticle seed = seedArticle(run);
        RawArticle empty = RawArticle.newBuilder(seed).setId("empty-" + run).setBody("   ").build();
        // Earlier tests on the shared broker wrote seeds of the same contact, which this application
        // reads too (it starts at the raw topic's beginning): its new-contact alert may name one of
        // those articles. What it must do is fire one more such alert than the topic held before.
        long alertsBefore = newContactAlerts(client);

        try (Pipeline pipeline = Pipeline.start(config)) {
            try (RawArticleProducer producer = new RawArticleProducer(client, pipeline.topics().raw())) {
                assertThat(producer.sendAll(List.of(empty, seed))).allMatch(RawArticleProducer.Outcome::ok);
            }
            try (KafkaProducer<String, byte[]> bytes = new KafkaProducer<>(new HashMap<>(client),
                    new StringSerializer(), new ByteArraySerializer())) {
                bytes.send(new ProducerRecord<>(Topics.RAW, "not-avro-" + run,
                        "{\"headline\":\"plain JSON\"}".getBytes(StandardCharsets.UTF_8))).get();
                bytes.send(new ProducerRecord<>(Topics.RAW, "unknown-id-" + run,
                        ByteBuffer.allocate(6).put((byte) 0).putInt(999_999).put((byte) 2).array())).get();
            }

            Map<String, ConsumerRecord<String, Object>> analyzed = new HashMap<>();
            List<ConsumerRecord<String, Object>> dead = new ArrayList<>();
            long[] alerts = {0};
            try (OutputFollower follower = new OutputFollower(client, List.of(Topics.ANALYZED, Topics.DLQ, Topics.ALERTS),
                    values(client))) {
                long deadline = System.nanoTime() + WAIT.toNanos();
                while ((!analyzed.containsKey(seed.getId()) || dead.size() < 3 || alerts[0] <= alertsBefore)
                        && System.nanoTime() < deadline) {
                    follower.pollOnce(Duration.ofMillis(200), r -> {
                        if (r.topic().equals(Topics.ALERTS)) {
                            alerts[0] += isNewContactAlert(r) ? 1 : 0;
                        } else if (r.key() != null && r.key().endsWith(run)) {
                            if (r.topic().equals(Topics.ANALYZED)) {
                                analyzed.put(r.key(), r);
                            } else {
                                dead.add(r);
                            }
                        }
                    });
                }
            }

            assertThat(analyzed).containsKey(seed.getId());
            GenericRecord article = (GenericRecord) analyzed.get(seed.getId()).value();
            assertThat(article.get("language").toString()).isEqualTo("ru");
            assertThat((List<?>) article.get("sentences")).hasSizeGreaterThan(10);
            assertThat(article.get("text").toString()).startsWith(seed.getHeadline() + "\n\n");
            assertThat(analyzed).doesNotContainKey(empty.getId());
            assertThat(alerts[0]).isGreaterThan(alertsBefore);

            assertThat(dead).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder(empty.getId(), "not-avro-" + run, "unknown-id-" + run);
            for (ConsumerRecord<String, Object> record : dead) {
                assertThat(header(record, "__streams.errors.topic")).isEqualTo(Topics.RAW);
                assertThat(header(record, "__streams.errors.message")).isNotBlank();
            }
            ConsumerRecord<String, Object> unknown = dead.stream()
                    .filter(r -> r.key().startsWith("unknown-id")).findFirst().orElseThrow();
            assertThat(header(unknown, "__streams.errors.message")).contains("999999");
            ConsumerRecord<String, Object> emptyDead = dead.stream()
                    .filter(r -> r.key().startsWith("empty")).findFirst().orElseThrow();
            assertThat(header(emptyDead, "__streams.errors.message")).contains("empty body");
        }
    }

    private static boolean isNewContactAlert(ConsumerRecord<String, Object> record) {
        return ((GenericRecord) record.value()).get("ruleId").toString().equals("new-contact-with-russia");
    }

    private static long newContactAlerts(Map<String, Object> client) {
        long[] count = {0};
        try (OutputFollower follower = new OutputFollower(client, List.of(Topics.ALERTS), values(client))) {
            follower.catchUp(Duration.ofSeconds(30), r -> count[0] += isNewContactAlert(r) ? 1 : 0);
        }
        return count[0];
    }

    static RawArticle seedArticle(String run) throws Exception {
        Path seedFile;
        try (var files = Files.list(Path.of("seeds"))) {
            seedFile = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        var parsed = ArticleTextParser.parse("seed-" + run, Files.readString(seedFile));
        return RawArticles.from(parsed, seedFile.toString(), Instant.now());
    }
}
