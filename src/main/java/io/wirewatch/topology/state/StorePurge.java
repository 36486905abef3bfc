package io.wirewatch.topology.state;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** Forgets the entries of a timestamped store last written before a cut-off (stream time). */
public final class StorePurge {
    private StorePurge() {
    }

    public static <V> int olderThan(TimestampedKeyValueStore<String, V> store, long cutoff) {
        List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<V>> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<V>> entry = all.next();
                if (entry.value.timestamp() < cutoff) {
                    stale.add(entry.key);
                }
            }
        }
        stale.forEach(store::delete);
        return stale.size();
    }
}
