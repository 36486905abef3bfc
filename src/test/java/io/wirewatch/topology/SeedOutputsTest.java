package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.alert.AlertRules;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.extract.source.Sha256;
import io.wirewatch.ingest.RawArticles;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.testing.AvroBinarySerde;
import io.wirewatch.topology.contacts.DyadStatus;
import io.wirewatch.topology.state.StateSerdes;
import io.wirewatch.topology.statements.SpeakerHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The extractor's outputs on the seed, byte for byte: the seed, a second agency's report of the
 * same contact, a re-poll, a copy under another id, an updated version and a later statement go
 * through the production topology (a fixed analysis clock), and every record of every output topic
 * (key, value bytes, timestamp, headers), and the queryable aggregates, must hash as recorded in
 * {@code seed-outputs.txt}. Records are compared per key in the order written (the order across
 * keys and partitions is no contract), so a change of topology that keeps the outputs passes, one
 * that changes a single byte of them fails. A change of the analysis changes them on purpose: then
 * check the difference and record the new digests (the assertion prints them).
 */
class SeedOutputsTest {
    private static final Instant T0 = Instant.parse("2026-02-10T09:00:00Z");
    private static final Path EXPECTED = Path.of("src/test/resources/seed-outputs.txt");
    private static final String RULES = """
            rules:
              - id: fra-rus
                type: new-contact-event
                actors: [FRA, RUS]
              - id: pair-status
                type: status-change
                actors: [FRA, RUS]
              - id: peskov
                type: first-statement
                speakers: [ww:person:dmitry-peskov]
                within_hours: 6
              - id: naming-france
                type: statement-mentions
                entities: [Q142]
            """;
    private static final String LATER = """
            date 2026-02-11
            Песков: Москва открыта к диалогу с Парижем

            Москва. 11 февраля. ИНТЕРФАКС - "Мы открыты к диалогу с Францией", - сказал Дмитрий Песков журналистам.
            """;

    private final WirewatchTopics topics = WirewatchTopics.create(AvroBinarySerde::of);

    @Test
    void theSeedsOutputsAreTheRecordedBytes() throws Exception {
        List<String> actual = run();
        List<String> expected = Files.readAllLines(EXPECTED).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(actual).as("outputs of the seed run; if the change is meant, record in %s:%n%s", EXPECTED,
                String.join("\n", actual)).isEqualTo(expected);
    }

    private List<String> run() throws Exception {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "seed-outputs-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        ArticleProcessor processor = new AnalyzingProcessor(new ArticleAnalyzer(), Clock.fixed(T0, ZoneOffset.UTC));
        try (TopologyTestDriver driver = new TopologyTestDriver(ExtractorTopology.buildTopology(topics, processor,
                TopologySettings.defaults(AlertRules.parse("seed rules", RULES))), props)) {
            TestInputTopic<String, RawArticle> raw = driver.createInputTopic(Topics.RAW,
                    topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
            RawArticle seed = article("interfax-1", Files.readString(Path.of("seeds/interfax-2026-02-10-kremlin-france-contacts.txt")));
            RawArticle tass = article("tass-1", SeedFixtures.TASS_REPORT);
            raw.pipeInput("interfax-1", seed, T0);
            raw.pipeInput("tass-1", tass, T0.plusSeconds(3_600));
            raw.pipeInput("interfax-1", seed, T0.plusSeconds(7_200));
            raw.pipeInput("mirror-1", RawArticle.newBuilder(seed).setId("mirror-1").build(), T0.plusSeconds(10_800));
            raw.pipeInput("tass-1", RawArticle.newBuilder(tass).setBody(tass.getBody() + "\nДобавлено позже.").build(),
                    T0.plusSeconds(14_400));
            raw.pipeInput("interfax-2", article("interfax-2", LATER), T0.plusSeconds(9 * 3_600));
            List<String> lines = new ArrayList<>();
            for (String topic : List.of(Topics.ANALYZED, Topics.STATEMENTS, Topics.CONTACT_EVENTS, Topics.ALERTS)) {
                lines.add(digest(topic, driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer())
                        .readRecordsToList()));
            }
            lines.add(store(driver.<String, DyadStatus>getKeyValueStore(StoreNames.DYAD_STATUS), StoreNames.DYAD_STATUS,
                    v -> StateSerdes.dyadStatuses().serializer().serialize("", v)));
            lines.add(store(driver.<String, SpeakerHistory>getKeyValueStore(StoreNames.SPEAKER_STATEMENTS), StoreNames.SPEAKER_STATEMENTS,
                    v -> StateSerdes.speakerHistories().serializer().serialize("", v)));
            return lines;
        }
    }

    private static RawArticle article(String id, String text) {
        return RawArticles.from(ArticleTextParser.parse(id, text), "seed-outputs", T0);
    }

    /** Records grouped by key (keys sorted, each key's records in the order written), hashed. */
    private static String digest(String topic, List<TestRecord<String, byte[]>> records) {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (TestRecord<String, byte[]> r : records) {
            StringBuilder line = new StringBuilder().append(r.timestamp()).append(' ')
                    .append(Base64.getEncoder().encodeToString(r.value()));
            for (Header h : r.headers()) {
                line.append(' ').append(h.key()).append('=').append(HexFormat.of().formatHex(h.value()));
            }
            byKey.computeIfAbsent(String.valueOf(r.key()), k -> new ArrayList<>()).add(line.toString());
        }
        return topic + " " + records.size() + " " + Sha256.hex(byKey.toString(), 16);
    }

    private static <V> String store(KeyValueStore<String, V> store, String name, Function<V, byte[]> bytes) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> kv = all.next();
                entries.put(kv.key, Base64.getEncoder().encodeToString(bytes.apply(kv.value)));
            }
        }
        return name + " " + entries.size() + " " + Sha256.hex(new TreeMap<>(entries).toString(), 16);
    }
}
