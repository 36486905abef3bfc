package io.wirewatch.serde;

import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Kafka serdes for Avro in Confluent's wire format, configured from serde settings. */
public final class AvroSerdes {
    private AvroSerdes() {
    }

    /** A serde for a generated Avro class; one registry client shared by both directions. */
    public static <T extends SpecificRecord> Serde<T> specific(Class<T> type, Map<String, ?> config, boolean isKey) {
        SchemaRegistryClient client = new SchemaRegistryClient(config);
        return Serdes.serdeFrom(new AvroSerializer<>(client, config, isKey), new AvroDeserializer<>(type, client));
    }

    /** A serde for GenericRecords in the writer's schema. */
    public static Serde<GenericRecord> generic(Map<String, ?> config, boolean isKey) {
        SchemaRegistryClient client = new SchemaRegistryClient(config);
        return Serdes.serdeFrom(new AvroSerializer<>(client, config, isKey), new AvroDeserializer<>(null, client));
    }
}
