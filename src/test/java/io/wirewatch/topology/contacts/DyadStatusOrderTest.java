package io.wirewatch.topology.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.ingest.RawArticles;
import io.wirewatch.runtime.Extractors;
import io.wirewatch.schema.Alert;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.testing.AvroBinarySerde;
import io.wirewatch.topology.ExtractorTopology;
import io.wirewatch.topology.StoreNames;
import io.wirewatch.topology.TopologySettings;
import io.wirewatch.topology.Topics;
import io.wirewatch.topology.WirewatchTopics;
import io.wirewatch.alert.AlertMaker;
import io.wirewatch.alert.AlertRules;
import io.wirewatch.topology.state.StateSerdes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pair's status and its status-change alerts follow {@link ContactStateOrder}, not the order in
 * which the events were processed: the seed's events, fed to the dyad-status step in the order the
 * extractor wrote them and in the reverse order, give the same store and the same final alert.
 */
class DyadStatusOrderTest {
    private static final Instant T0 = Instant.parse("2026-02-10T09:00:00Z");
    private static final String RULES = """
            rules:
              - id: pair-status
                type: status-change
            """;
    private static final WirewatchTopics TOPICS = WirewatchTopics.create(AvroBinarySerde::of);
    private static List<KeyValue<String, ContactEvent>> seedEvents;

    @BeforeAll
    static void extractTheSeedsEvents() throws Exception {
        Properties props = props("seed-events");
        try (TopologyTestDriver driver = new TopologyTestDriver(ExtractorTopology.buildTopology(TOPICS,
                Extractors.processor(), TopologySettings.defaults(AlertRules.none())), props)) {
            var raw = driver.createInputTopic(Topics.RAW, TOPICS.raw().keySerde().serializer(),
                    TOPICS.raw().valueSerde().serializer());
            var events = driver.createOutputTopic(Topics.CONTACT_EVENTS, TOPICS.contactEvents().keySerde().deserializer(),
                    TOPICS.contactEvents().valueSerde().deserializer());
            String text = Files.readString(Path.of("seeds/interfax-2026-02-10-kremlin-france-contacts.txt"));
            raw.pipeInput("interfax-1", RawArticles.from(ArticleTextParser.parse("interfax-1", text), "test", T0), T0);
            seedEvents = events.readKeyValuesToList();
        }
        assertThat(seedEvents).extracting(kv -> kv.key).contains("FRA|RUS");
    }

    private static Properties props(String id) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, id);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return props;
    }

    /** What the dyad-status step makes of {@code events} processed in this order, one second apart. */
    private static Outcome process(List<KeyValue<String, ContactEvent>> events) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoreNames.DYAD_STATUS),
                Serdes.String(), StateSerdes.dyadStatuses()));
        AlertMaker rules = new AlertMaker(AlertRules.parse("test rules", RULES));
        builder.stream(Topics.CONTACT_EVENTS, Consumed.with(Serdes.String(), TOPICS.contactEvents().valueSerde()))
                .processValues(() -> new DyadStatusTracker(StoreNames.DYAD_STATUS), StoreNames.DYAD_STATUS)
                .flatMapValues(change -> change.alerts(rules))
                .to(Topics.ALERTS, Produced.with(Serdes.String(), TOPICS.alerts().valueSerde()));
        Topology topology = builder.build();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props("dyad-order"))) {
            TestInputTopic<String, ContactEvent> in = driver.createInputTopic(Topics.CONTACT_EVENTS,
                    Serdes.String().serializer(), TOPICS.contactEvents().valueSerde().serializer());
            TestOutputTopic<String, Alert> out = driver.createOutputTopic(Topics.ALERTS, Serdes.String().deserializer(),
                    TOPICS.alerts().valueSerde().deserializer());
            Instant at = T0;
            for (KeyValue<String, ContactEvent> event : events) {
                in.pipeInput(event.key, event.value, at);
                at = at.plusSeconds(1);
            }
            Map<String, DyadStatus> statuses = new TreeMap<>();
            KeyValueStore<String, DyadStatus> store = driver.getKeyValueStore(StoreNames.DYAD_STATUS);
            try (KeyValueIterator<String, DyadStatus> it = store.all()) {
                it.forEachRemaining(kv -> statuses.put(kv.key, kv.value));
            }
            return new Outcome(statuses, out.readValuesToList());
        }
    }

    private record Outcome(Map<String, DyadStatus> statuses, List<Alert> alerts) {
        /** Each pair's status, its event and the order of its history: all but processing times. */
        Map<String, String> states() {
            Map<String, String> states = new TreeMap<>();
            statuses.forEach((dyad, s) -> states.put(dyad, s.status() + " " + s.level() + " " + s.eventDate() + " "
                    + s.eventId() + " " + s.history().stream().map(DyadStatus.Entry::eventId).toList()));
            return states;
        }

        /** The summary of the last status-change alert of {@code dyad}. */
        String lastChange(String dyad) {
            List<Alert> ofDyad = alerts.stream().filter(a -> a.getSummary().startsWith(dyad + " ")).toList();
            return ofDyad.isEmpty() ? null : ofDyad.get(ofDyad.size() - 1).getSummary();
        }
    }

    @Test
    void theSeedsEventsInEitherOrderGiveTheSamePairStatusTheNewsOfTheDay() {
        List<KeyValue<String, ContactEvent>> reversed = new ArrayList<>(seedEvents);
        Collections.reverse(reversed);

        Outcome forward = process(seedEvents);
        Outcome backward = process(reversed);

        assertThat(backward.states()).isEqualTo(forward.states());
        DyadStatus fraRus = forward.statuses().get("FRA|RUS");
        assertThat(fraRus.history()).extracting(DyadStatus.Entry::status).contains("PLANNED", "RESUMED");
        assertThat(fraRus.status()).isEqualTo("RESUMED");
        assertThat(fraRus.level()).isEqualTo("WORKING");
        assertThat(fraRus.history()).extracting(DyadStatus.Entry::status).last().isEqualTo("RESUMED");
    }

    @Test
    void theStatusChangeAlertFollowsTheSameRuleWhateverTheOrder() {
        List<KeyValue<String, ContactEvent>> reversed = new ArrayList<>(seedEvents);
        Collections.reverse(reversed);
        Outcome forward = process(seedEvents);
        Outcome backward = process(reversed);

        for (Outcome outcome : List.of(forward, backward)) {
            outcome.statuses().forEach((dyad, status) -> assertThat(outcome.lastChange(dyad))
                    .as(dyad).startsWith(dyad + " contacts now " + status.status()));
            assertThat(outcome.lastChange("FRA|RUS")).startsWith("FRA|RUS contacts now RESUMED");
        }
        // The extractor writes the news of the day first: the plan and the possibility processed
        // after it are older states, which change nothing and fire nothing.
        assertThat(forward.alerts()).extracting(Alert::getSummary).filteredOn(s -> s.startsWith("FRA|RUS "))
                .singleElement().satisfies(s -> assertThat(s).startsWith("FRA|RUS contacts now RESUMED"));
    }

    @Test
    void aLowerRevisionArrivingLateChangesNothing() {
        KeyValue<String, ContactEvent> first = seedEvents.stream().filter(kv -> kv.key.equals("FRA|RUS")).findFirst()
                .orElseThrow();
        ContactEvent revised = ContactEvent.newBuilder(first.value).setRevision(3).setLevel(
                io.wirewatch.schema.ContactLevel.MINISTERIAL).build();

        Outcome outcome = process(List.of(KeyValue.pair(first.key, revised), first));

        assertThat(outcome.statuses().get("FRA|RUS").history()).singleElement()
                .satisfies(e -> assertThat(e.revision()).isEqualTo(3))
                .satisfies(e -> assertThat(e.level()).isEqualTo("MINISTERIAL"));
    }
}
