package io.wirewatch.runtime;

import static io.wirewatch.testing.DecodedRecords.header;
import static io.wirewatch.testing.DecodedRecords.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.embedded.EmbeddedKafka;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.serde.Topic;
import io.wirewatch.testing.SharedCluster;
import io.wirewatch.topology.Topics;
import io.wirewatch.topology.dedup.FingerprintPartitioner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 26, finding 1, on the real broker: a 1,040,000-character article (under the 1 MiB intake
 * limit) followed, on the same raw partition and the same analysis partition, by ordinary articles.
 * Its analysis (about 2.4 MB) once exceeded the producer's limit, aborted every transaction and
 * replaced the stream thread forever, and the articles behind it were never analyzed. Now it is
 * analyzed whole; with the value limit lowered below its analysis, it is dead-lettered with the
 * reason. Either way the ordinary articles behind it are analyzed and no thread fails. With the
 * limits out of step again, {@code /health} says the threads keep failing, and why. A broker of its
 * own (the shared registry), so other tests never meet these articles.
 *
 * <p>The test whose producer refuses the big analysis runs first: every test's application reads the
 * raw topic from the start, and a big article left there by an earlier test would make its threads
 * fail before the application first reaches RUNNING.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OversizedArticleIT {
    private static final Duration WAIT = Duration.ofSeconds(150);
    private static final int BIG_CHARS = 1_040_000;
    private static EmbeddedKafka kafka;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(new EmbeddedKafka.Settings(null, 0));
        TopicCreator.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()), 3);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    private static WirewatchConfig config(Map<String, String> overrides) throws Exception {
        Map<String, String> values = new HashMap<>(overrides);
        values.put("bootstrap.servers", kafka.bootstrapServers());
        values.put("schema.registry.url", SharedCluster.registry().url());
        values.put("state.dir", Files.createTempDirectory("wirewatch-oversized").toString());
        values.put("wirewatch.http.port", "0");
        values.put("application.id", "wirewatch-oversized-" + UUID.randomUUID());
        return WirewatchConfig.builder().values(values).build();
    }

    @Test
    @Order(2)
    void theLongestArticleIntakeTakesIsAnalyzedWholeAndTheArticlesBehindItToo() throws Exception {
        Result result = runWith(config(Map.of()));

        assertThat(result.analyzed).containsKeys(result.ordinary.toArray(String[]::new));
        assertThat(result.analyzed).as("the big article's analysis fits").containsKey(result.big);
        GenericRecord big = (GenericRecord) result.analyzed.get(result.big).value();
        assertThat(big.get("text").toString()).as("the analyzer reads the first million characters")
                .startsWith("A very long article").hasSizeGreaterThanOrEqualTo(ArticleAnalyzer.MAX_CHARS);
        assertThat((List<?>) big.get("sentences")).hasSizeGreaterThan(1_000);
        assertThat(result.dead).isEmpty();
    }

    @Test
    @Order(3)
    void anAnalysisOverTheValueLimitIsDeadLetteredWithTheReasonAndTheArticlesBehindItAreAnalyzed() throws Exception {
        WirewatchConfig config = config(Map.of("wirewatch.output.max.bytes", "1500000"));
        Result result = runWith(config);

        assertThat(result.analyzed).containsKeys(result.ordinary.toArray(String[]::new));
        assertThat(result.analyzed).doesNotContainKey(result.big);
        assertThat(result.dead).extracting(ConsumerRecord::key).contains(result.big);
        ConsumerRecord<String, Object> letter = result.dead.stream().filter(r -> r.key().equals(result.big))
                .filter(r -> header(r, "__streams.errors.message").contains(Topics.ANALYZED)).findFirst().orElseThrow();
        assertThat(header(letter, "__streams.errors.message"))
                .contains("over the limit of 1500000 bytes").contains("wirewatch.output.max.bytes");
        assertThat(header(letter, "wirewatch.source.topic")).isEqualTo(Topics.RAW);
        assertThat(result.metrics).containsPattern(
                "wirewatch_outputs_dead_lettered_total\\{topic=\"news.article.analyzed.v1\"} [1-9]");
    }

    @Test
    @Order(1)
    void whenTheProducerStillRefusesAnOutputHealthSaysNotReadyWithTheReason() throws Exception {
        // The limits out of step again, as before the fix: the producer takes 1 MiB, the analysis is 2.7 MB.
        WirewatchConfig config = config(Map.of("producer.max.request.size", "1048576"));
        RawArticle big = RawArticle.newBuilder(PipelineIT.seedArticle(run)).setId("big-" + run)
                .setHeadline("A very long article " + run).setBody(longBody()).build();
        try (Pipeline pipeline = Pipeline.start(config)) {
            sendToOnePartition(config.clientProperties(), pipeline.topics().raw(), big, List.of());
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            String health = health(pipeline);
            while (!health.contains("problem") && System.nanoTime() < deadline) {
                Thread.sleep(1_000);
                health = health(pipeline);
            }
            assertThat(health).contains("\"ready\":false").contains("stream threads failed").contains("RecordTooLargeException");
            assertThat(pipeline.extractor().threadFailures()).isGreaterThanOrEqualTo(2);
        }
    }

    private record Result(String big, List<String> ordinary, Map<String, ConsumerRecord<String, Object>> analyzed,
            List<ConsumerRecord<String, Object>> dead, String metrics) {
    }

    private Result runWith(WirewatchConfig config) throws Exception {
        Map<String, Object> client = config.clientProperties();
        RawArticle seed = PipelineIT.seedArticle(run);
        RawArticle big = RawArticle.newBuilder(seed).setId("big-" + run).setHeadline("A very long article " + run)
                .setBody(longBody()).build();
        List<RawArticle> ordinary = ordinaryBehind(seed, big, 3);
        Map<String, ConsumerRecord<String, Object>> analyzed = new HashMap<>();
        List<ConsumerRecord<String, Object>> dead = new ArrayList<>();
        String metrics;
        try (Pipeline pipeline = Pipeline.start(config)) {
            sendToOnePartition(client, pipeline.topics().raw(), big, ordinary);
            try (OutputFollower follower = new OutputFollower(client, List.of(Topics.ANALYZED, Topics.DLQ), values(client))) {
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (!done(analyzed, dead, big, ordinary) && System.nanoTime() < deadline) {
                    follower.pollOnce(Duration.ofMillis(200), r -> {
                        if (r.key() != null && r.key().endsWith(run)) {
                            if (r.topic().equals(Topics.ANALYZED)) {
                                analyzed.put(r.key(), r);
                            } else {
                                dead.add(r);
                            }
                        }
                    });
                }
            }
            assertThat(pipeline.extractor().threadFailures()).as("stream-thread failures").isZero();
            assertThat(health(pipeline)).contains("\"ready\":true");
            metrics = get(pipeline, "/metrics");
        }
        return new Result(big.getId(), ordinary.stream().map(RawArticle::getId).toList(), analyzed, dead, metrics);
    }

    private static boolean done(Map<String, ?> analyzed, List<ConsumerRecord<String, Object>> dead, RawArticle big,
            List<RawArticle> ordinary) {
        boolean bigSettled = analyzed.containsKey(big.getId()) || dead.stream().anyMatch(r -> r.key().equals(big.getId()));
        return bigSettled && ordinary.stream().allMatch(a -> analyzed.containsKey(a.getId()));
    }

    /** 1,040,000 characters of plain English wire text naming people and countries, cut at a sentence. */
    private String longBody() {
        String[] sentences = {
            "Russian Foreign Minister Sergei Lavrov met French Foreign Minister Jean-Noel Barrot in Paris. ",
            "The two ministers discussed Ukraine, Iran and trade between Russia and France. ",
            "Officials in Moscow said further talks were planned for the spring. "};
        StringBuilder body = new StringBuilder(BIG_CHARS + 200).append("Paris, Feb 10 (Reuters) - ");
        for (int i = 0; body.length() < BIG_CHARS; i++) {
            body.append(sentences[i % sentences.length]);
        }
        return body.append("Report ").append(run).append('.').toString();
    }

    /** Ordinary articles that the text-fingerprint repartition puts on the big article's partition. */
    private List<RawArticle> ordinaryBehind(RawArticle seed, RawArticle big, int count) {
        FingerprintPartitioner partitioner = new FingerprintPartitioner();
        int partition = partitioner.partitions(Topics.RAW, big.getId(), big, 3).orElseThrow().iterator().next();
        List<RawArticle> found = new ArrayList<>();
        for (int i = 0; found.size() < count; i++) {
            RawArticle candidate = RawArticle.newBuilder(seed).setId("ordinary-" + i + "-" + run)
                    .setBody(seed.getBody() + "\n\nДополнение " + i + " " + run + ".").build();
            if (partitioner.partitions(Topics.RAW, candidate.getId(), candidate, 3).orElseThrow().contains(partition)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static void sendToOnePartition(Map<String, Object> client, Topic<String, RawArticle> raw, RawArticle big,
            List<RawArticle> ordinary) throws Exception {
        Map<String, Object> props = new HashMap<>(client);
        props.put("max.request.size", 2 * 1024 * 1024);
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(props, raw.keySerde().serializer(),
                raw.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(raw.name(), 0, big.getId(), big)).get();
            for (RawArticle article : ordinary) {
                producer.send(new ProducerRecord<>(raw.name(), 0, article.getId(), article)).get();
            }
        }
    }

    private static String health(Pipeline pipeline) throws Exception {
        return get(pipeline, "/health");
    }

    private static String get(Pipeline pipeline, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + pipeline.api().port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
