package io.wirewatch.topology.aggregates;

import io.wirewatch.schema.Entity;
import io.wirewatch.schema.MentionKind;

/**
 * How often one entity was named in a time window, as the {@code entity-mentions-hourly} and
 * {@code entity-mentions-daily} stores hold it (Avro, schemas/state/EntityTallyState.avsc): mentions, articles, and the names to show.
 */
public record EntityTally(String id, String type, String name, String nameRu, String country, long mentions,
        long articles) {

    /**
     * One article's mentions of one entity by name: an adjective (российских) or a title (the
     * minister) refers to it without naming it. A mention without a kind (written before kinds
     * existed) counts as a name. Mentions 0 when the article never names it.
     */
    public static EntityTally of(Entity entity) {
        long named = entity.getMentions().stream()
                .filter(span -> span.getKind() == null || span.getKind() == MentionKind.NAME).count();
        return new EntityTally(entity.getId(), entity.getType().name(), entity.getNameEn(), entity.getNameRu(),
                entity.getCountry(), named, 1);
    }

    public static EntityTally empty() {
        return new EntityTally(null, null, null, null, null, 0, 0);
    }

    public EntityTally plus(EntityTally more) {
        return new EntityTally(more.id, more.type, more.name, more.nameRu, more.country,
                mentions + more.mentions, articles + more.articles);
    }
}
