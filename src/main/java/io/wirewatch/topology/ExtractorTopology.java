package io.wirewatch.topology;

import io.wirewatch.schema.Alert;
import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.schema.Statement;
import io.wirewatch.serde.Topic;
import io.wirewatch.topology.aggregates.EntityMentionCounter;
import io.wirewatch.topology.aggregates.EntityTally;
import io.wirewatch.alert.AlertDeduplicator;
import io.wirewatch.alert.AlertMaker;
import io.wirewatch.alert.AlertStep;
import io.wirewatch.topology.contacts.DyadChange;
import io.wirewatch.topology.contacts.DyadStatusTracker;
import io.wirewatch.topology.contacts.EventCorrelator;
import io.wirewatch.topology.dedup.ArticleVersionFilter;
import io.wirewatch.topology.dedup.FingerprintPartitioner;
import io.wirewatch.topology.dedup.TextCopyFilter;
import io.wirewatch.topology.state.StateSerdes;
import io.wirewatch.topology.statements.SpeakerChange;
import io.wirewatch.topology.statements.SpeakerStatementsTracker;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The extractor. Reads {@code news.article.raw.v1} (key article id, value RawArticle) and:
 * <ol>
 *   <li>refuses articles that cannot be analyzed (to the dead-letter topic) and dedups: a
 *       re-polled article (same id, same text) is dropped, a changed one passes as an update; a
 *       copy of a text seen under another id within 7 days is dropped;</li>
 *   <li>analyzes each article once and writes {@code news.article.analyzed.v1} (key article id),
 *       {@code news.statement.v1} (key speaker id), and keeps the typed article view in
 *       {@code article-views};</li>
 *   <li>merges the contact events of all articles into real-world events and writes every
 *       revision to {@code news.contact.event.v1} (key {@code FRA|RUS}, stable event id in the value);</li>
 *   <li>aggregates, queryable: {@code dyad-status}, {@code entity-mentions-hourly} and
 *       {@code -daily} (partial counts per partition, summed by the query), {@code speaker-statements};</li>
 *   <li>then, as a step of its own downstream of the aggregates, evaluates the alert rules on what
 *       changed and writes each alert once per dedup key to {@code news.alert.v1}.</li>
 * </ol>
 * Records cross the broker between steps only where the semantics need all records of some key
 * in one task; each such topic is named:
 * <ul>
 *   <li>{@code articles-by-text}: copies of one story arrive under different article ids, so on
 *       different partitions; partitioned by text fingerprint (the key stays the id), they meet in
 *       one {@code text-fingerprints} store. Re-polls of one id need no move: the raw topic is
 *       keyed by id;</li>
 *   <li>{@code contact-reports}: reports of one contact come from different articles; merging them
 *       into one event with a stable id, and the pair's status after it, need every report of a
 *       pair in one task, so they are keyed by dyad;</li>
 *   <li>statements need grouping by speaker: {@code news.statement.v1}, already keyed by speaker,
 *       is read back for it, so no internal topic is written besides the output.</li>
 *   <li>none for alerts: each dedup key names its rule and its event (whose id includes the
 *       dyad) or its speaker, so every alert of one key fires in the task of one dyad or one
 *       speaker, and {@code alert-dedup} sees them all where they fire. The dedup stores join the
 *       contact and statement branches into one sub-topology (tasks read partition <i>n</i> of
 *       {@code contact-reports} and of {@code news.statement.v1}); alerts go straight to their
 *       topic;</li>
 * </ul>
 * Entity mentions are counted where the articles are analyzed (partial per partition, summed at
 * query time), which saves moving every entity of every article. Records that cannot be
 * deserialized or analyzed go to {@code wirewatch.dlq.v1} (see {@link StreamsSettings}), and so do
 * those whose output would exceed {@link TopologySettings#maxValueBytes()} (refused before the
 * send, see {@link RecordLimits}). Every operator, store and internal topic is named; every store
 * value is Avro of its record in {@code schemas/state/} ({@link StateSerdes}).
 */
public final class ExtractorTopology {
    private static final Serde<String> KEYS = Serdes.String();

    private ExtractorTopology() {
    }

    public static Topology buildTopology(WirewatchTopics unlimited, ArticleProcessor processor, TopologySettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        WirewatchTopics topics = limited(unlimited, settings.maxValueBytes());
        addStores(builder, topics, settings.maxValueBytes());
        AlertMaker alertMaker = new AlertMaker(settings.alertRules());

        // 1. Raw articles, keyed by article id; tombstones carry nothing to analyze.
        KStream<String, RawArticle> raw = builder
                .stream(topics.raw().name(), Consumed.with(KEYS, topics.raw().valueSerde()).withName("read-raw-articles"))
                .filter((id, article) -> article != null, Named.as("skip-tombstones"));

        // 2. Refuse what cannot be analyzed; dedup versions by id, then copies by text fingerprint.
        KStream<String, RawArticle> fresh = raw
                .processValues(ArticleIntake::new, Named.as("check-articles"))
                .process(() -> new ArticleVersionFilter(StoreNames.ARTICLE_VERSIONS, settings.idRetention()),
                        Named.as("drop-repolled-articles"), StoreNames.ARTICLE_VERSIONS)
                .repartition(Repartitioned.with(KEYS, topics.raw().valueSerde())
                        .withStreamPartitioner(new FingerprintPartitioner()).withName("articles-by-text"))
                .process(() -> new TextCopyFilter(StoreNames.TEXT_FINGERPRINTS, settings.copyWindow()),
                        Named.as("drop-copied-articles"), StoreNames.TEXT_FINGERPRINTS);

        // 3. Analyze each article once with the pure extraction library.
        KStream<String, Extraction> extracted = fresh.processValues(() -> new ArticleAnalysisStep(processor),
                Named.as("extract-article"));

        // 4. The analyzed article, under its id; entity mention counts per hour and day.
        KStream<String, AnalyzedArticle> analyzed = extracted.mapValues(Extraction::analyzed, Named.as("analyzed-article"));
        analyzed.to(topics.analyzed().name(), produced(topics.analyzed(), "write-analyzed-articles"));
        analyzed.process(() -> new EntityMentionCounter(StoreNames.ENTITY_MENTIONS_HOURLY, StoreNames.ENTITY_MENTIONS_DAILY),
                Named.as("count-entity-mentions"), StoreNames.ENTITY_MENTIONS_HOURLY, StoreNames.ENTITY_MENTIONS_DAILY);

        extracted.process(() -> new ArticleViewRecorder(StoreNames.ARTICLE_VIEWS, Duration.ofDays(3)),
                Named.as("keep-article-views"), StoreNames.ARTICLE_VIEWS);

        // 5. Statements, under the speaker id.
        extracted.flatMap((id, x) -> keyed(x.statements(), s -> s.getSpeaker().getId()), Named.as("statements-by-speaker"))
                .to(topics.statements().name(), produced(topics.statements(), "write-statements"));

        // 6. Contact events of single articles, by dyad, merged into real-world events.
        KStream<String, ContactEvent> contacts = extracted
                .flatMap((id, x) -> keyed(x.events(), DyadKey::of), Named.as("contact-reports-by-dyad"))
                .repartition(Repartitioned.with(KEYS, topics.contactEvents().valueSerde()).withName("contact-reports"))
                .process(() -> new EventCorrelator(StoreNames.OPEN_CONTACT_EVENTS, settings.eventWindow(),
                        settings.eventRetention()), Named.as("correlate-contact-events"), StoreNames.OPEN_CONTACT_EVENTS);
        contacts.to(topics.contactEvents().name(), produced(topics.contactEvents(), "write-contact-events"));

        // 7. The aggregates: each pair's status, each speaker's latest statements (the statements
        //    topic read back: already keyed by speaker, it serves as their grouping).
        KStream<String, DyadChange> dyadChanges = contacts.processValues(
                () -> new DyadStatusTracker(StoreNames.DYAD_STATUS), Named.as("track-dyad-status"), StoreNames.DYAD_STATUS);
        KStream<String, SpeakerChange> speakerChanges = builder
                .stream(topics.statements().name(), Consumed.with(KEYS, topics.statements().valueSerde())
                        .withName("read-statements"))
                .filter((speaker, statement) -> statement != null, Named.as("skip-statement-tombstones"))
                .processValues(() -> new SpeakerStatementsTracker(StoreNames.SPEAKER_STATEMENTS),
                        Named.as("track-speaker-statements"), StoreNames.SPEAKER_STATEMENTS);

        // 8. Alerts, a step of their own downstream of the aggregates, keyed by dedup key.
        KStream<String, Alert> eventAlerts = dyadChanges.process(
                () -> new AlertStep<DyadChange>(change -> change.alerts(alertMaker)), Named.as("fire-contact-alerts"));
        KStream<String, Alert> statementAlerts = speakerChanges.process(
                () -> new AlertStep<SpeakerChange>(change -> change.alerts(alertMaker)), Named.as("fire-statement-alerts"));

        // 9. Each alert once per dedup key, where it fired: a key always comes from the same dyad or
        //    speaker (see the class comment), so no move is needed.
        eventAlerts.merge(statementAlerts, Named.as("merge-alerts"))
                .process(() -> new AlertDeduplicator(StoreNames.ALERT_DEDUP, StoreNames.RECENT_ALERTS, settings.alertQuiet()),
                        Named.as("drop-repeated-alerts"), StoreNames.ALERT_DEDUP, StoreNames.RECENT_ALERTS)
                .to(topics.alerts().name(), produced(topics.alerts(), "write-alerts"));

        return builder.build();
    }

    /** The processors' stores, all persistent (RocksDB, changelogged) and cached between commits. */
    private static void addStores(StreamsBuilder builder, WirewatchTopics topics, int maxValueBytes) {
        Serde<String> strings = new SizeLimitedSerde<>(Serdes.String(), maxValueBytes);
        for (String name : List.of(StoreNames.ARTICLE_VERSIONS, StoreNames.TEXT_FINGERPRINTS, StoreNames.ALERT_DEDUP)) {
            builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                    Stores.persistentTimestampedKeyValueStore(name), KEYS, strings).withCachingEnabled());
        }
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(StoreNames.ARTICLE_VIEWS), KEYS,
                new SizeLimitedSerde<>(StateSerdes.articleViews(), maxValueBytes)).withCachingEnabled());
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(StoreNames.OPEN_CONTACT_EVENTS), KEYS,
                topics.contactEvents().valueSerde()).withCachingEnabled());
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(StoreNames.RECENT_ALERTS), KEYS,
                topics.alerts().valueSerde()).withCachingEnabled());
        Serde<EntityTally> tallies = new SizeLimitedSerde<>(StateSerdes.entityTallies(), maxValueBytes);
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(StoreNames.ENTITY_MENTIONS_HOURLY,
                Duration.ofDays(2), Duration.ofHours(1), false), KEYS, tallies).withCachingEnabled());
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(StoreNames.ENTITY_MENTIONS_DAILY,
                Duration.ofDays(30), Duration.ofDays(1), false), KEYS, tallies).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.DYAD_STATUS),
                KEYS, new SizeLimitedSerde<>(StateSerdes.dyadStatuses(), maxValueBytes)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPEAKER_STATEMENTS),
                KEYS, new SizeLimitedSerde<>(StateSerdes.speakerHistories(), maxValueBytes)).withCachingEnabled());
    }

    /**
     * The topics with value serializers that refuse values over {@code maxValueBytes} before the
     * send, so an oversized output is dead-lettered instead of aborting the transaction.
     */
    private static WirewatchTopics limited(WirewatchTopics topics, int maxValueBytes) {
        return new WirewatchTopics(limited(topics.raw(), maxValueBytes), limited(topics.analyzed(), maxValueBytes),
                limited(topics.contactEvents(), maxValueBytes), limited(topics.statements(), maxValueBytes),
                limited(topics.alerts(), maxValueBytes));
    }

    private static <V> Topic<String, V> limited(Topic<String, V> topic, int maxValueBytes) {
        return new Topic<>(topic.name(), topic.keySerde(), new SizeLimitedSerde<>(topic.valueSerde(), maxValueBytes));
    }

    private static <V> List<KeyValue<String, V>> keyed(List<V> values, Function<V, String> key) {
        return values.stream().map(v -> KeyValue.pair(key.apply(v), v)).toList();
    }

    private static <V> Produced<String, V> produced(Topic<String, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }
}
