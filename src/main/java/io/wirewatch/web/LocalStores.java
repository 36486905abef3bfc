package io.wirewatch.web;

import io.wirewatch.schema.Alert;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.state.ArticleView;
import io.wirewatch.topology.StoreNames;
import io.wirewatch.topology.aggregates.EntityTally;
import io.wirewatch.topology.contacts.DyadStatus;
import io.wirewatch.topology.statements.SpeakerHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Interactive queries against this instance's share of the extractor's stores (the partitions it
 * hosts). Throws Kafka Streams' {@code InvalidStateStoreException} while stores migrate; callers
 * answer 503 then.
 */
public final class LocalStores {
    private final KafkaStreams streams;

    public LocalStores(KafkaStreams streams) {
        this.streams = streams;
    }

    public DyadStatus dyad(String dyad) {
        return keyValue(StoreNames.DYAD_STATUS, DyadStatus.class).get(dyad);
    }

    public List<DyadStatus> dyads() {
        return values(keyValue(StoreNames.DYAD_STATUS, DyadStatus.class));
    }

    public SpeakerHistory speaker(String speakerId) {
        return keyValue(StoreNames.SPEAKER_STATEMENTS, SpeakerHistory.class).get(speakerId);
    }

    public List<SpeakerHistory> speakers() {
        return values(keyValue(StoreNames.SPEAKER_STATEMENTS, SpeakerHistory.class));
    }

    /** Every open (recently reported) cross-article contact event, at its latest revision. */
    public List<ContactEvent> events() {
        return values(this.<ContactEvent>timestamped(StoreNames.OPEN_CONTACT_EVENTS)).stream().map(ValueAndTimestamp::value).toList();
    }

    /** The article view of an article analyzed in the last days, or null. */
    public ArticleView article(String id) {
        ValueAndTimestamp<ArticleView> view = this.<ArticleView>timestamped(StoreNames.ARTICLE_VIEWS).get(id);
        return view == null ? null : view.value();
    }

    /** Alerts fired in the last days. */
    public List<Alert> alerts() {
        return values(this.<Alert>timestamped(StoreNames.RECENT_ALERTS)).stream().map(ValueAndTimestamp::value).toList();
    }

    private <V> ReadOnlyKeyValueStore<String, ValueAndTimestamp<V>> timestamped(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.timestampedKeyValueStore()));
    }

    /** Every value of a key-value store, the iterator closed. */
    private static <V> List<V> values(ReadOnlyKeyValueStore<String, V> store) {
        List<V> all = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }

    /** Mentions per entity summed over the windows of {@code store} that overlap [from, to]. */
    public Map<String, EntityTally> entityTallies(String store, Instant from, Instant to) {
        ReadOnlyWindowStore<String, EntityTally> windows = streams.store(
                StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.windowStore()));
        Map<String, EntityTally> sums = new HashMap<>();
        try (KeyValueIterator<Windowed<String>, EntityTally> it = windows.fetchAll(from, to)) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, EntityTally> kv = it.next();
                sums.merge(kv.key.key(), kv.value, EntityTally::plus);
            }
        }
        return sums;
    }

    private <V> ReadOnlyKeyValueStore<String, V> keyValue(String store, Class<V> type) {
        return streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
