package io.wirewatch.topology.aggregates;

import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.Entity;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Counts mentions of entities by name ({@link EntityTally#of}: adjectives and titles aside; an
 * entity the article never names is not counted) per tumbling window (hour, day) where the articles are analyzed, without
 * repartitioning: each partition keeps partial tallies ({@code entity-mentions-hourly},
 * {@code -daily}), and a query sums them over partitions and instances (counts add up). Saves a
 * round trip through the broker for every entity of every article.
 */
public final class EntityMentionCounter implements Processor<String, AnalyzedArticle, Void, Void> {
    private final String hourlyStore;
    private final String dailyStore;
    private WindowStore<String, EntityTally> hourly;
    private WindowStore<String, EntityTally> daily;

    public EntityMentionCounter(String hourlyStore, String dailyStore) {
        this.hourlyStore = hourlyStore;
        this.dailyStore = dailyStore;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.hourly = context.getStateStore(hourlyStore);
        this.daily = context.getStateStore(dailyStore);
    }

    @Override
    public void process(Record<String, AnalyzedArticle> record) {
        for (Entity entity : record.value().getEntities()) {
            EntityTally one = EntityTally.of(entity);
            if (one.mentions() == 0) {
                continue;
            }
            add(hourly, entity.getId(), one, windowStart(record.timestamp(), Duration.ofHours(1)));
            add(daily, entity.getId(), one, windowStart(record.timestamp(), Duration.ofDays(1)));
        }
    }

    private static void add(WindowStore<String, EntityTally> store, String id, EntityTally one, long windowStart) {
        EntityTally before = store.fetch(id, windowStart);
        store.put(id, before == null ? one : before.plus(one), windowStart);
    }

    static long windowStart(long timestamp, Duration size) {
        return timestamp - Math.floorMod(timestamp, size.toMillis());
    }
}
