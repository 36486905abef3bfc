package io.wirewatch.topology;

import io.wirewatch.schema.Alert;
import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.schema.Statement;
import io.wirewatch.serde.AvroSerdes;
import io.wirewatch.serde.Topic;
import java.util.List;
import java.util.Map;
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

    /** Builds the topics for a serde configuration ({@code schema.registry.url} and friends). */
    public static WirewatchTopics create(Map<String, ?> serdeConfig) {
        return new WirewatchTopics(
                topic(Topics.RAW, RawArticle.class, serdeConfig),
                topic(Topics.ANALYZED, AnalyzedArticle.class, serdeConfig),
                topic(Topics.CONTACT_EVENTS, ContactEvent.class, serdeConfig),
                topic(Topics.STATEMENTS, Statement.class, serdeConfig),
                topic(Topics.ALERTS, Alert.class, serdeConfig));
    }

    /** The Avro-valued topics, in flow order. */
    public List<Topic<String, ? extends SpecificRecord>> all() {
        return List.of(raw, analyzed, contactEvents, statements, alerts);
    }

    /** The topics the extractor writes. */
    public List<Topic<String, ? extends SpecificRecord>> outputs() {
        return List.of(analyzed, contactEvents, statements);
    }

    private static <V extends SpecificRecord> Topic<String, V> topic(String name, Class<V> type, Map<String, ?> config) {
        Serde<V> values = AvroSerdes.specific(type, config, false);
        return new Topic<>(name, Serdes.String(), values);
    }
}
