package io.wirewatch.topology.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;

/**
 * Base of the processors whose stores forget: each store opened with {@link #expiring} loses,
 * once an hour of stream time, the entries last written more than its time-to-live before (see
 * {@link StorePurge}). Stream time, not wall-clock time, so a replay forgets exactly as the first
 * run did. Subclasses open their stores in {@link #open}; {@link #context} is theirs to forward to.
 */
public abstract class ExpiringProcessor<KIn, VIn, KOut, VOut> implements Processor<KIn, VIn, KOut, VOut> {
    /** How often, in stream time, expired entries are swept. */
    public static final Duration SWEEP_INTERVAL = Duration.ofHours(1);
    private final List<Expiry<?>> expiries = new ArrayList<>();
    protected ProcessorContext<KOut, VOut> context;

    private record Expiry<V>(TimestampedKeyValueStore<String, V> store, Duration ttl) {
        void sweep(long now) {
            StorePurge.olderThan(store, now - ttl.toMillis());
        }
    }

    @Override
    public final void init(ProcessorContext<KOut, VOut> context) {
        this.context = context;
        open();
        context.schedule(SWEEP_INTERVAL, PunctuationType.STREAM_TIME, now -> expiries.forEach(e -> e.sweep(now)));
    }

    /** Opens the processor's stores, with {@link #expiring} for those that forget. */
    protected abstract void open();

    /** The timestamped store {@code name}, whose entries expire {@code ttl} after they were last written. */
    protected final <V> TimestampedKeyValueStore<String, V> expiring(String name, Duration ttl) {
        TimestampedKeyValueStore<String, V> store = context.getStateStore(name);
        expiries.add(new Expiry<>(store, ttl));
        return store;
    }
}
