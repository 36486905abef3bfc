package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.ingest.RawArticles;
import io.wirewatch.runtime.Extractors;
import io.wirewatch.alert.AlertRules;
import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.schema.Statement;
import java.util.List;
import io.wirewatch.testing.AvroBinarySerde;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** The extractor topology's logic, without a broker. */
class ExtractorTopologyTest {
    private final WirewatchTopics topics = WirewatchTopics.create(AvroBinarySerde::of);

    @Test
    void theSeedIsAnalyzedUnderItsIdAndTombstonesAreSkipped() throws Exception {
        Path seed = Path.of("seeds").resolve(firstSeed());
        RawArticle raw = RawArticles.from(ArticleTextParser.parse("seed-1", Files.readString(seed)), seed.toString(),
                Instant.parse("2026-02-10T09:00:00Z"));
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, RawArticle> in = driver.createInputTopic(Topics.RAW,
                    topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
            TestOutputTopic<String, AnalyzedArticle> out = driver.createOutputTopic(Topics.ANALYZED,
                    topics.analyzed().keySerde().deserializer(), topics.analyzed().valueSerde().deserializer());
            in.pipeInput("gone", null);
            in.pipeInput(raw.getId(), raw);

            TestRecord<String, AnalyzedArticle> record = out.readRecord();
            assertThat(record.key()).isEqualTo("seed-1");
            AnalyzedArticle analyzed = record.value();
            assertThat(analyzed.getArticle().getId()).isEqualTo("seed-1");
            assertThat(analyzed.getLanguage()).isEqualTo("ru");
            assertThat(analyzed.getSentences()).allSatisfy(s -> assertThat(
                    analyzed.getText().substring(s.getStart(), s.getEnd())).isEqualTo(s.getText()));
            assertThat(out.isEmpty()).isTrue();

            TestOutputTopic<String, Statement> statements = driver.createOutputTopic(Topics.STATEMENTS,
                    topics.statements().keySerde().deserializer(), topics.statements().valueSerde().deserializer());
            List<TestRecord<String, Statement>> said = statements.readRecordsToList();
            assertThat(said).hasSizeGreaterThanOrEqualTo(6).allSatisfy(r -> {
                assertThat(r.key()).isEqualTo(r.value().getSpeaker().getId());
                assertThat(analyzed.getText().substring(r.value().getStart(), r.value().getEnd())).isEqualTo(r.value().getQuote());
            });
            assertThat(said).extracting(r -> r.value().getSpeaker().getName()).contains("Dmitry Peskov", "Emmanuel Macron");

            TestOutputTopic<String, ContactEvent> events = driver.createOutputTopic(Topics.CONTACT_EVENTS,
                    topics.contactEvents().keySerde().deserializer(), topics.contactEvents().valueSerde().deserializer());
            List<TestRecord<String, ContactEvent>> contacts = events.readRecordsToList();
            assertThat(contacts).isNotEmpty().allSatisfy(r -> assertThat(r.key()).isEqualTo(DyadKey.of(r.value())));
            assertThat(contacts).extracting(TestRecord::key).contains("FRA|RUS");
        }
    }

    @Test
    void anExtractorFailureSendsTheArticleToTheDeadLetterTopicUnderItsIdWithItsOrigin() throws Exception {
        Path seed = Path.of("seeds").resolve(firstSeed());
        RawArticle good = RawArticles.from(ArticleTextParser.parse("good-1", Files.readString(seed)), seed.toString(),
                Instant.parse("2026-02-10T09:00:00Z"));
        RawArticle boom = RawArticle.newBuilder(good).setId("boom-1").setBody("Текст, на котором экстрактор падает.").build();
        ArticleProcessor real = Extractors.processor();
        ArticleProcessor failing = raw -> {
            if (raw.getId().startsWith("boom")) {
                throw new IllegalStateException("extractor bug on " + raw.getId());
            }
            return real.process(raw);
        };
        Properties props = StreamsSettings.of(java.util.Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092",
                StreamsConfig.APPLICATION_ID_CONFIG, "topology-dlq-test"));
        try (TopologyTestDriver driver = new TopologyTestDriver(ExtractorTopology.buildTopology(topics, failing,
                TopologySettings.defaults(AlertRules.none())), props)) {
            TestInputTopic<String, RawArticle> in = driver.createInputTopic(Topics.RAW,
                    topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
            in.pipeInput(boom.getId(), boom);
            in.pipeInput(good.getId(), good);

            TestOutputTopic<String, byte[]> dlq = driver.createOutputTopic(Topics.DLQ,
                    new org.apache.kafka.common.serialization.StringDeserializer(),
                    new org.apache.kafka.common.serialization.ByteArrayDeserializer());
            TestRecord<String, byte[]> dead = dlq.readRecord();
            assertThat(dead.key()).isEqualTo("boom-1");
            assertThat(header(dead, "__streams.errors.message")).contains("extractor bug on boom-1");
            assertThat(header(dead, "wirewatch.source.topic")).isEqualTo(Topics.RAW);
            assertThat(header(dead, "wirewatch.source.offset")).isEqualTo("0");
            assertThat(driver.createOutputTopic(Topics.ANALYZED, topics.analyzed().keySerde().deserializer(),
                    topics.analyzed().valueSerde().deserializer()).readKeyValuesToList())
                    .extracting(kv -> kv.key).containsExactly("good-1");
        }
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void everyOperatorIsNamed() {
        Topology topology = ExtractorTopology.buildTopology(topics, Extractors.processor(), TopologySettings.defaults(AlertRules.bundled()));
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            assertThat(sub.nodes()).allSatisfy(node -> assertThat(node.name()).doesNotContain("KSTREAM-"));
        }
    }

    @Test
    void recordsCrossTheBrokerOnlyByTextFingerprintAndByPair() {
        Topology topology = ExtractorTopology.buildTopology(topics, Extractors.processor(), TopologySettings.defaults(AlertRules.bundled()));
        List<String> internal = topology.describe().subtopologies().stream().flatMap(sub -> sub.nodes().stream())
                .filter(node -> node instanceof TopologyDescription.Source)
                .flatMap(node -> ((TopologyDescription.Source) node).topicSet().stream())
                .filter(topic -> topic.endsWith("-repartition")).toList();
        assertThat(internal).containsExactlyInAnyOrder("articles-by-text-repartition", "contact-reports-repartition");
    }

    private TopologyTestDriver driver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(ExtractorTopology.buildTopology(topics, Extractors.processor(), TopologySettings.defaults(AlertRules.bundled())), props);
    }

    private static String firstSeed() throws Exception {
        try (var files = Files.list(Path.of("seeds"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }
}
