package io.wirewatch.topology;

import io.wirewatch.schema.Alert;
import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.schema.Statement;
import io.wirewatch.serde.AvroSerdes;
import io.wirewatch.serde.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serde;
import org.apache.avro.specific.SpecificRecord;

/**
 * Wirewatch's topics with their serdes: string keys, Avro values in the Confluent wire format,
 * schemas governed by the registry under {@code <topic>-value}.
 */
public record WirewatchTopics(
        Topic<String, RawArticle> raw,
        Topic<String, AnalyzedArticle> analyzed,
        Topic<String, ContactEvent> contactEvents,
        Topic<String, Statement> statements,
        Topic<String, Alert> alerts) {

    /** Makes the value serde of each Avro record type. */
    public interface ValueSerdes {
        <V extends SpecificRecord> Serde<V> forType(Class<V> type);
    }

    /** The topics with registry-governed Avro serdes ({@code schema.registry.url} and friends). */
    public static WirewatchTopics withRegistry(Map<String, ?> serdeConfig) {
        return create(new ValueSerdes() {
            @Override
            public <V extends SpecificRecord> Serde<V> forType(Class<V> type) {
                return AvroSerdes.specific(type, serdeConfig, false);
            }
        });
    }

    public static WirewatchTopics create(ValueSerdes serdes) {
        return new WirewatchTopics(
                topic(Topics.RAW, RawArticle.class, serdes),
                topic(Topics.ANALYZED, AnalyzedArticle.class, serdes),
                topic(Topics.CONTACT_EVENTS, ContactEvent.class, serdes),
                topic(Topics.STATEMENTS, Statement.class, serdes),
                topic(Topics.ALERTS, Alert.class, serdes));
    }

    /** The value schema of each Avro-valued topic, in flow order: what the registry must hold. */
    public static Map<String, Schema> valueSchemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(Topics.RAW, RawArticle.getClassSchema());
        schemas.put(Topics.ANALYZED, AnalyzedArticle.getClassSchema());
        schemas.put(Topics.CONTACT_EVENTS, ContactEvent.getClassSchema());
        schemas.put(Topics.STATEMENTS, Statement.getClassSchema());
        schemas.put(Topics.ALERTS, Alert.getClassSchema());
        return schemas;
    }

    /** The Avro-valued topics, in flow order. */
    public List<Topic<String, ? extends SpecificRecord>> all() {
        return List.of(raw, analyzed, contactEvents, statements, alerts);
    }

    /** The topics the extractor writes. */
    public List<Topic<String, ? extends SpecificRecord>> outputs() {
        return List.of(analyzed, contactEvents, statements);
    }

    private static <V extends SpecificRecord> Topic<String, V> topic(String name, Class<V> type, ValueSerdes serdes) {
        return new Topic<>(name, Serdes.String(), serdes.forType(type));
    }
}
