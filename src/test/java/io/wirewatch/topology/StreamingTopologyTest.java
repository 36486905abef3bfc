package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.ingest.RawArticles;
import io.wirewatch.runtime.Extractors;
import io.wirewatch.schema.Alert;
import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.ContactStatus;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.testing.AvroBinarySerde;
import io.wirewatch.topology.aggregates.EntityTally;
import io.wirewatch.alert.AlertRules;
import io.wirewatch.topology.contacts.DyadStatus;
import io.wirewatch.topology.statements.SpeakerHistory;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.schema.state.ArticleView;
import io.wirewatch.serde.AvroJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dedup, cross-article events, aggregates and alerts of the extractor topology, without a broker. */
class StreamingTopologyTest {
    private static final Instant T0 = Instant.parse("2026-02-10T09:00:00Z");
    private static final String RULES = """
            rules:
              - id: fra-rus
                type: new-contact-event
                severity: WARNING
                actors: [FRA, RUS]
              - id: pair-status
                type: status-change
                actors: [FRA, RUS]
              - id: peskov
                type: first-statement
                speakers: [ww:person:dmitry-peskov]
                within_hours: 6
            """;

    private final WirewatchTopics topics = WirewatchTopics.create(AvroBinarySerde::of);
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, AnalyzedArticle> analyzed;
    private TestOutputTopic<String, ContactEvent> events;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "streaming-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(ExtractorTopology.buildTopology(topics, Extractors.processor(),
                TopologySettings.defaults(AlertRules.parse("test rules", RULES))), props);
        raw = driver.createInputTopic(Topics.RAW, topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
        analyzed = driver.createOutputTopic(Topics.ANALYZED, topics.analyzed().keySerde().deserializer(),
                topics.analyzed().valueSerde().deserializer());
        events = driver.createOutputTopic(Topics.CONTACT_EVENTS, topics.contactEvents().keySerde().deserializer(),
                topics.contactEvents().valueSerde().deserializer());
        alerts = driver.createOutputTopic(Topics.ALERTS, topics.alerts().keySerde().deserializer(),
                topics.alerts().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static RawArticle article(String id, String text, String source) {
        RawArticle article = RawArticles.from(ArticleTextParser.parse(id, text), "test", T0);
        article.setSource(source);
        return article;
    }

    private static RawArticle seed(String id) throws Exception {
        return article(id, Files.readString(Path.of("seeds/interfax-2026-02-10-kremlin-france-contacts.txt")), "INTERFAX.RU");
    }

    private void send(RawArticle article, Instant at) {
        raw.pipeInput(article.getId(), article, at);
    }

    @Test
    void aRepolledArticleIsAnalyzedOnceAndAChangedVersionAgainAsAnUpdate() throws Exception {
        RawArticle seed = seed("seed-1");
        send(seed, T0);
        send(seed, T0.plusSeconds(60));
        RawArticle changed = RawArticle.newBuilder(seed).setBody(seed.getBody() + "\nДобавлено позже.").build();
        send(changed, T0.plusSeconds(120));

        List<AnalyzedArticle> out = analyzed.readValuesToList();
        assertThat(out).extracting(a -> a.getArticle().getId()).containsExactly("seed-1", "seed-1");
        assertThat(out).extracting(AnalyzedArticle::getUpdate).containsExactly(false, true);
    }

    @Test
    void theSameStoryRepublishedUnderAnotherIdIsACopyEvenWithAnotherDateline() throws Exception {
        RawArticle seed = seed("interfax-1");
        RawArticle copy = RawArticle.newBuilder(seed).setId("rss-mirror-7").setSource("MIRROR")
                .setBody(seed.getBody().replace("Москва. 10 февраля. INTERFAX.RU - ", "МОСКВА, 10 фев - "))
                .build();
        send(seed, T0);
        send(copy, T0.plusSeconds(30));

        assertThat(analyzed.readValuesToList()).extracting(a -> a.getArticle().getId()).containsExactly("interfax-1");
    }

    @Test
    void aCopyOlderThanTheWindowIsNews() throws Exception {
        RawArticle seed = seed("interfax-1");
        send(seed, T0);
        send(RawArticle.newBuilder(seed).setId("much-later").build(), T0.plusSeconds(8 * 24 * 3600));

        assertThat(analyzed.readValuesToList()).hasSize(2);
    }

    @Test
    void twoArticlesReportingOneContactAreOneEventWhoseSourcesGrow() throws Exception {
        send(seed("interfax-1"), T0);
        send(article("tass-1", SeedFixtures.TASS_REPORT, "TASS"), T0.plusSeconds(3600));

        List<KeyValue<String, ContactEvent>> out = events.readKeyValuesToList();
        List<ContactEvent> resumed = out.stream().map(kv -> kv.value)
                .filter(e -> e.getStatus() == ContactStatus.RESUMED).toList();
        assertThat(resumed).hasSize(2);
        assertThat(resumed.get(1).getId()).isEqualTo(resumed.get(0).getId());
        assertThat(resumed.get(0).getRevision()).isZero();
        assertThat(resumed.get(1).getRevision()).isEqualTo(1);
        assertThat(resumed.get(1).getSourceArticleIds()).containsExactly("interfax-1", "tass-1");
        assertThat(resumed.get(1).getEvidence()).extracting(e -> e.getArticleId()).contains("interfax-1", "tass-1");
        assertThat(resumed.get(1).getReportDate()).isEqualTo("2026-02-10");
        assertThat(out).allSatisfy(kv -> assertThat(kv.key).isEqualTo(DyadKey.of(kv.value)));
    }

    @Test
    void theDyadStatusStoreHoldsTheLatestStatusAndItsHistory() throws Exception {
        send(seed("interfax-1"), T0);

        KeyValueStore<String, DyadStatus> store = driver.getKeyValueStore(StoreNames.DYAD_STATUS);
        DyadStatus fraRus = store.get("FRA|RUS");
        assertThat(fraRus).isNotNull();
        assertThat(fraRus.history()).extracting(DyadStatus.Entry::status).contains("RESUMED", "PLANNED");
        assertThat(fraRus.reportDate()).isEqualTo("2026-02-10");
        assertThat(store.get("EU|RUS")).isNotNull();
    }

    @Test
    void entityMentionsAreCountedPerHourAndPerDay() throws Exception {
        send(seed("interfax-1"), T0);
        send(article("tass-1", SeedFixtures.TASS_REPORT, "TASS"), T0.plusSeconds(600));

        ReadOnlyWindowStore<String, EntityTally> hourly = driver.getWindowStore(StoreNames.ENTITY_MENTIONS_HOURLY);
        long peskovArticles = 0;
        try (KeyValueIterator<Windowed<String>, EntityTally> it =
                     hourly.fetchAll(T0.minusSeconds(3600), T0.plusSeconds(3600))) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, EntityTally> kv = it.next();
                if (kv.key.key().equals("ww:person:dmitry-peskov")) {
                    peskovArticles += kv.value.articles();
                    assertThat(kv.value.name()).isEqualTo("Dmitry Peskov");
                    assertThat(kv.value.mentions()).isGreaterThanOrEqualTo(kv.value.articles());
                }
            }
        }
        assertThat(peskovArticles).isEqualTo(2);
        ReadOnlyWindowStore<String, EntityTally> daily = driver.getWindowStore(StoreNames.ENTITY_MENTIONS_DAILY);
        try (var it = daily.fetch("Q159", T0.minusSeconds(86_400), T0)) {
            assertThat(it.next().value.articles()).isEqualTo(2);
        }
    }

    @Test
    void theSpeakerStoreKeepsEachSpeakersLatestStatements() throws Exception {
        send(seed("interfax-1"), T0);

        KeyValueStore<String, SpeakerHistory> store = driver.getKeyValueStore(StoreNames.SPEAKER_STATEMENTS);
        SpeakerHistory peskov = store.get("ww:person:dmitry-peskov");
        assertThat(peskov.name()).isEqualTo("Dmitry Peskov");
        assertThat(peskov.latest()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(s -> assertThat(s.articleId()).isEqualTo("interfax-1"));
        assertThat(store.get("Q3052772").latest()).isNotEmpty();
    }

    @Test
    void theArticleViewIsTheTypedAnalysisTheApiServesAsJson() throws Exception {
        send(seed("interfax-1"), T0);

        KeyValueStore<String, ValueAndTimestamp<ArticleView>> store =
                driver.getTimestampedKeyValueStore(StoreNames.ARTICLE_VIEWS);
        ArticleView view = store.get("interfax-1").value();
        assertThat(view.getAnalyzed()).isEqualTo(analyzed.readValue());
        assertThat(view.getStatements()).isNotEmpty();
        assertThat(view.getEvents()).isNotEmpty();
        JsonNode json = AvroJson.toJson(view);
        assertThat(json.path("analyzed").path("article").path("id").asText()).isEqualTo("interfax-1");
        assertThat(json.path("statements")).hasSize(view.getStatements().size());
        assertThat(json.path("events")).hasSize(view.getEvents().size());
    }

    @Test
    void alertsAreNewRecordsWithoutTheHeadersOfWhatFiredThem() throws Exception {
        send(seed("interfax-1"), T0);

        assertThat(alerts.readRecordsToList()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.headers().toArray()).isEmpty());
    }

    @Test
    void alertsFireOncePerStoryHoweverManyReportsCarryIt() throws Exception {
        send(seed("interfax-1"), T0);
        send(article("tass-1", SeedFixtures.TASS_REPORT, "TASS"), T0.plusSeconds(600));

        List<KeyValue<String, Alert>> fired = alerts.readKeyValuesToList();
        assertThat(fired).allSatisfy(kv -> assertThat(kv.key).isEqualTo(kv.value.getDedupKey()));
        assertThat(fired).extracting(kv -> kv.key).doesNotHaveDuplicates();
        // Peskov spoke in both articles ten minutes apart: only the first is a "first statement".
        assertThat(fired).filteredOn(kv -> kv.value.getRuleId().equals("peskov")).hasSize(1);
        // The RESUMED contact reported by both articles is one event: one new-event alert for it.
        List<Alert> newEvents = fired.stream().map(kv -> kv.value).filter(a -> a.getRuleId().equals("fra-rus")).toList();
        assertThat(newEvents).isNotEmpty().allSatisfy(a -> assertThat(a.getSummary()).startsWith("New contact FRA|RUS"));
        assertThat(newEvents).extracting(Alert::getEventId).doesNotHaveDuplicates();
        assertThat(fired).filteredOn(kv -> kv.value.getRuleId().equals("pair-status")).isNotEmpty();
    }
}
