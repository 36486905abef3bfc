package io.wirewatch.web;

import io.wirewatch.schema.Alert;
import io.wirewatch.schema.ContactEvent;
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
        List<DyadStatus> all = new ArrayList<>();
        try (KeyValueIterator<String, DyadStatus> it = keyValue(StoreNames.DYAD_STATUS, DyadStatus.class).all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }

    public SpeakerHistory speaker(String speakerId) {
        return keyValue(StoreNames.SPEAKER_STATEMENTS, SpeakerHistory.class).get(speakerId);
    }

    public List<SpeakerHistory> speakers() {
        List<SpeakerHistory> all = new ArrayList<>();
        try (KeyValueIterator<String, SpeakerHistory> it =
                     keyValue(StoreNames.SPEAKER_STATEMENTS, SpeakerHistory.class).all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }

    /** Every open (recently reported) cross-article contact event, at its latest revision. */
    public List<ContactEvent> events() {
        List<ContactEvent> all = new ArrayList<>();
        ReadOnlyKeyValueStore<String, ValueAndTimestamp<ContactEvent>> store = streams.store(
                StoreQueryParameters.fromNameAndType(StoreNames.OPEN_CONTACT_EVENTS, QueryableStoreTypes.timestampedKeyValueStore()));
        try (KeyValueIterator<String, ValueAndTimestamp<ContactEvent>> it = store.all()) {
            it.forEachRemaining(kv -> all.add(kv.value.value()));
        }
        return all;
    }

    /** The article view (JSON) of an article analyzed in the last days, or null. */
    public String article(String id) {
        ReadOnlyKeyValueStore<String, ValueAndTimestamp<String>> store = streams.store(
                StoreQueryParameters.fromNameAndType(StoreNames.ARTICLE_VIEWS, QueryableStoreTypes.timestampedKeyValueStore()));
        ValueAndTimestamp<String> view = store.get(id);
        return view == null ? null : view.value();
    }

    /** Alerts fired in the last days. */
    public List<Alert> alerts() {
        List<Alert> all = new ArrayList<>();
        ReadOnlyKeyValueStore<String, ValueAndTimestamp<Alert>> store = streams.store(
                StoreQueryParameters.fromNameAndType(StoreNames.RECENT_ALERTS, QueryableStoreTypes.timestampedKeyValueStore()));
        try (KeyValueIterator<String, ValueAndTimestamp<Alert>> it = store.all()) {
            it.forEachRemaining(kv -> all.add(kv.value.value()));
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
