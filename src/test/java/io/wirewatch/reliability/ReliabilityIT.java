package io.wirewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.embedded.EmbeddedKafka;
import io.wirewatch.runtime.Extractors;
import io.wirewatch.runtime.Pipeline;
import io.wirewatch.runtime.TopicCreator;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.schema.Statement;
import io.wirewatch.testing.SharedCluster;
import io.wirewatch.topology.Extraction;
import io.wirewatch.topology.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor's exactly-once promise on a real broker, under a crash (kill -9), a lost instance,
 * a broker restart and poison input. Each test has its own broker (one of them restarts it) and
 * the shared registry; outputs are read as consumers read them, {@code read_committed}, and must
 * equal a clean run's: every article analyzed once, every statement once, every contact-event
 * revision once and in sequence.
 */
class ReliabilityIT {
    private static final Duration WAIT = Duration.ofSeconds(150);
    /** How long a rebalance may keep the API answering 503 before a query counts as failed. */
    private static final Duration REBALANCE_PATIENCE = Duration.ofSeconds(60);
    @TempDir
    Path dir;
    private EmbeddedKafka kafka;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void startBroker() {
        kafka = EmbeddedKafka.start(new EmbeddedKafka.Settings(dir.resolve("kafka"), 0));
        TopicCreator.ensureTopics(client(), 3);
    }

    @AfterEach
    void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private Map<String, Object> client() {
        Map<String, Object> client = new HashMap<>();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        client.put("schema.registry.url", SharedCluster.registry().url());
        return client;
    }

    private WirewatchConfig config(String appId, String instance) {
        return WirewatchConfig.builder().values(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "schema.registry.url", SharedCluster.registry().url(),
                "application.id", appId,
                "state.dir", dir.resolve("state-" + instance).toString(),
                "consumer.session.timeout.ms", "8000",
                "wirewatch.http.port", "0")).build();
    }

    @Test
    void killNineMidStreamThenRestartGivesTheOutputsOfACleanRun() throws Exception {
        List<RawArticle> articles = ArticleFactory.series(run, 1000);
        String app = "crash-" + run;
        try (Outputs out = new Outputs(client()); TrickleProducer producer = new TrickleProducer(client(), articles, 150)) {
            Process first = extractorProcess(app, "first");
            assertThat(out.awaitUntil(() -> out.analyzed.size() >= 250, WAIT)).as(log("first")).isTrue();
            first.destroyForcibly().waitFor();
            int beforeCrash = out.analyzed.size();

            Process second = extractorProcess(app, "second");
            try {
                producer.await();
                assertThat(out.awaitUntil(() -> out.analyzed.size() >= articles.size(), WAIT)).as(log("second")).isTrue();
                assertExactlyOnce(out, articles);
            } finally {
                second.destroy();
                second.waitFor();
            }
            assertThat(beforeCrash).isLessThan(articles.size());
            assertThat(producer.failure()).isNull();
        }
    }

    @Test
    void twoInstancesShareTheWorkAnswerForTheClusterAndOneSurvivesTheOther() throws Exception {
        List<RawArticle> articles = ArticleFactory.series(run, 600);
        String app = "pair-" + run;
        try (Outputs out = new Outputs(client());
             Pipeline a = Pipeline.start(config(app, "a"));
             Pipeline b = Pipeline.start(config(app, "b"));
             TrickleProducer producer = new TrickleProducer(client(), articles, 100)) {
            assertThat(out.awaitUntil(() -> out.analyzed.size() >= 150, WAIT)).isTrue();

            // Either instance answers for the whole cluster.
            String fromA = get(a, "/api/dyads/FRA%7CRUS");
            String fromB = get(b, "/api/dyads/FRA%7CRUS");
            assertThat(fromA).contains("\"dyad\":\"FRA|RUS\"");
            assertThat(sameDyads(a, b)).as("both instances list the same dyads").isEmpty();
            assertThat(get(a, "/api/dyads")).doesNotContain("unreachableInstances");
            assertThat(fromB).contains("\"dyad\":\"FRA|RUS\"");

            b.close();
            producer.await();
            assertThat(producer.failure()).isNull();
            assertExactlyOnce(out, articles);
        }
    }

    @Test
    void aBrokerRestartDuringIngestLosesNothingAndDoublesNothing() throws Exception {
        List<RawArticle> articles = ArticleFactory.series(run, 500);
        Path logDir = kafka.logDir();
        int port = kafka.port();
        try (Outputs out = new Outputs(client());
             Pipeline pipeline = Pipeline.start(config("restart-" + run, "only"));
             TrickleProducer producer = new TrickleProducer(client(), articles, 100)) {
            assertThat(out.awaitUntil(() -> out.analyzed.size() >= 100, WAIT)).isTrue();
            kafka.close();
            kafka = null;
            Thread.sleep(2_000);
            kafka = EmbeddedKafka.start(new EmbeddedKafka.Settings(logDir, port));

            producer.await();
            assertThat(producer.failure()).isNull();
            assertExactlyOnce(out, articles);
        }
    }

    @Test
    void poisonRecordsInterleavedWithGoodOnesAllLandInTheDeadLetterTopicWithTheirReason() throws Exception {
        List<RawArticle> articles = ArticleFactory.series(run, 200);
        Map<String, Object> client = client();
        try (Outputs out = new Outputs(client); Pipeline pipeline = Pipeline.start(config("poison-" + run, "only"));
             KafkaProducer<String, byte[]> bytes = new KafkaProducer<>(new HashMap<>(client), new StringSerializer(),
                     new ByteArraySerializer())) {
            var serializer = pipeline.topics().raw().valueSerde().serializer();
            List<String> poison = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                RawArticle good = articles.get(i);
                bytes.send(new ProducerRecord<>(Topics.RAW, good.getId(), serializer.serialize(Topics.RAW, good)));
                if (i % 10 == 0) {
                    String key = "poison-" + i;
                    byte[] value = switch (i % 30) {
                        case 0 -> "{\"headline\":\"plain JSON\"}".getBytes(StandardCharsets.UTF_8);
                        case 10 -> ByteBuffer.allocate(6).put((byte) 0).putInt(987_654).put((byte) 2).array();
                        default -> serializer.serialize(Topics.RAW, RawArticle.newBuilder(good).setId(key).setBody(" ").build());
                    };
                    bytes.send(new ProducerRecord<>(Topics.RAW, key, value));
                    poison.add(key);
                }
            }
            bytes.flush();

            assertExactlyOnce(out, articles);
            assertThat(out.awaitUntil(() -> out.dead.size() >= poison.size(), WAIT)).isTrue();
            assertThat(out.dead).extracting(r -> r.key()).containsExactlyInAnyOrderElementsOf(poison);
            assertThat(out.dead).allSatisfy(r -> {
                assertThat(header(r.headers(), "__streams.errors.message")).isNotBlank();
                assertThat(header(r.headers(), "__streams.errors.topic")).isEqualTo(Topics.RAW);
                assertThat(header(r.headers(), "__streams.errors.offset")).isNotBlank();
            });
        }
    }

    /** What a clean run writes: the analyzer run in-process on every article. */
    private record Expected(List<String> articleIds, List<String> statementIds, int eventReports) {
        static Expected of(List<RawArticle> articles) {
            List<String> statements = new ArrayList<>();
            int events = 0;
            var processor = Extractors.processor();
            for (RawArticle article : articles) {
                Extraction extraction = processor.process(article);
                extraction.statements().forEach(s -> statements.add(s.getId()));
                events += extraction.events().size();
            }
            return new Expected(articles.stream().map(RawArticle::getId).toList(), statements, events);
        }

        boolean reached(Outputs out) {
            return out.analyzed.size() >= articleIds.size() && out.statements.size() >= statementIds.size()
                    && out.events.size() >= eventReports;
        }
    }

    /** Waits for the outputs of a clean run, watches a little longer for duplicates, then compares. */
    private static void assertExactlyOnce(Outputs out, List<RawArticle> articles) {
        Expected expected = Expected.of(articles);
        boolean reached = out.awaitUntil(() -> expected.reached(out), WAIT);
        out.drain(Duration.ofSeconds(3));
        assertThat(reached).as("outputs complete: analyzed %d/%d, statements %d/%d, events %d/%d",
                out.analyzed.size(), articles.size(), out.statements.size(), expected.statementIds().size(),
                out.events.size(), expected.eventReports()).isTrue();
        assertSameOnce("analyzed articles", out.analyzedIds(), expected.articleIds());
        assertSameOnce("statements", out.statements.stream().map(Statement::getId).toList(), expected.statementIds());
        assertThat(out.events.size()).as("contact-event records").isEqualTo(expected.eventReports());
        Map<String, List<Integer>> revisions = new TreeMap<>();
        for (ContactEvent event : out.events) {
            revisions.computeIfAbsent(event.getId(), id -> new ArrayList<>()).add(event.getRevision());
        }
        revisions.forEach((id, seen) -> assertThat(seen.stream().sorted().toList()).as("revisions of " + id)
                .isEqualTo(IntStream.range(0, seen.size()).boxed().toList()));
    }

    /** Every expected id seen exactly once, nothing else; the message lists only what is wrong. */
    private static void assertSameOnce(String what, List<String> seen, List<String> expected) {
        Map<String, Long> counts = seen.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        List<String> doubled = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        List<String> missing = expected.stream().filter(id -> !counts.containsKey(id)).sorted().toList();
        List<String> unexpected = counts.keySet().stream().filter(id -> !expected.contains(id)).sorted().toList();
        assertThat(doubled).as(what + " doubled (" + doubled.size() + ")").hasSizeLessThan(1);
        assertThat(missing).as(what + " missing (" + missing.size() + ")").hasSizeLessThan(1);
        assertThat(unexpected).as(what + " unexpected (" + unexpected.size() + ")").hasSizeLessThan(1);
    }

    private Process extractorProcess(String app, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "io.wirewatch.cli.WirewatchCommand", "stream",
                "--bootstrap-servers", kafka.bootstrapServers(),
                "--schema-registry-url", SharedCluster.registry().url(),
                "--http-port", "0",
                "--config", "application.id=" + app,
                "--config", "state.dir=" + dir.resolve("state-" + app),
                // The killed member's partitions move once its session expires: keep that short here.
                "--config", "consumer.session.timeout.ms=8000");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private String log(String name) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * Asks one instance, as a dashboard would: a 503 with Retry-After (the group is rebalancing,
     * which a second member joining can set off at any time) is asked again after the pause it
     * names, for at most {@link #REBALANCE_PATIENCE}.
     */
    private static String get(Pipeline instance, String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.api().port() + path)).build();
        long deadline = System.nanoTime() + REBALANCE_PATIENCE.toNanos();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        while (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()
                && System.nanoTime() < deadline) {
            Thread.sleep(Duration.ofSeconds(Long.parseLong(response.headers().firstValue("Retry-After").get())).toMillis());
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return response.body();
    }

    /**
     * Asks both instances for the cluster's dyads until they list the same (articles still arrive
     * between the two requests, so one may see a dyad the other is yet to), for at most
     * {@link #REBALANCE_PATIENCE}; empty when they agreed, else the last two answers.
     */
    private static String sameDyads(Pipeline a, Pipeline b) throws Exception {
        long deadline = System.nanoTime() + REBALANCE_PATIENCE.toNanos();
        while (true) {
            List<String> fromA = dyadKeys(get(a, "/api/dyads"));
            List<String> fromB = dyadKeys(get(b, "/api/dyads"));
            if (fromA.equals(fromB)) {
                return "";
            }
            if (System.nanoTime() > deadline) {
                return "a: " + fromA + ", b: " + fromB;
            }
            Thread.sleep(200);
        }
    }

    private static List<String> dyadKeys(String body) throws Exception {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        List<String> keys = new ArrayList<>();
        tree.path("dyads").forEach(d -> keys.add(d.path("dyad").asText()));
        return keys.stream().sorted().collect(Collectors.toList());
    }

    private static String header(org.apache.kafka.common.header.Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
