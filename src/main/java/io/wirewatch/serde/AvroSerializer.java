package io.wirewatch.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (specific or generic) in Confluent's wire format, with the schema id from the
 * registry under the TopicNameStrategy subject ({@code <topic>-value} or {@code <topic>-key}).
 * Registers the schema on first use when {@code auto.register.schemas} is true (the default).
 */
public final class AvroSerializer<T extends GenericContainer> implements Serializer<T> {
    private SchemaRegistryClient client;
    private RegistryConfig config;
    private boolean isKey;

    public AvroSerializer() {
    }

    AvroSerializer(SchemaRegistryClient client, Map<String, ?> configs, boolean isKey) {
        this.client = client;
        this.config = new RegistryConfig(configs);
        this.isKey = isKey;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.client = new SchemaRegistryClient(configs);
        this.config = new RegistryConfig(configs);
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        Schema schema = value.getSchema();
        String subject = Subjects.of(topic, isKey);
        try {
            return WireFormat.frame(schemaId(subject, schema), encode(schema, value));
        } catch (RegistryException e) {
            throw new SerializationException("cannot write " + schema.getFullName() + " to " + topic + ": " + e.getMessage(), e);
        } catch (RegistryUnreachableException e) {
            throw new SerializationException("cannot write to " + topic + ": " + e.getMessage(), e);
        }
    }

    private int schemaId(String subject, Schema schema) {
        if (config.useLatestVersion()) {
            SchemaRegistryClient.RegisteredSchema latest = client.latest(subject);
            if (!latest.schema().equals(CanonicalSchema.of(schema))) {
                throw new SerializationException("use.latest.version: the latest schema of " + subject
                        + " (version " + latest.version() + ") differs from the record's schema " + schema.getFullName());
            }
            return latest.id();
        }
        return config.autoRegister() ? client.register(subject, schema) : client.lookup(subject, schema);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] encode(Schema schema, Object value) {
        GenericDatumWriter writer = value instanceof SpecificRecord
                ? new SpecificDatumWriter<>(schema, SpecificData.getForSchema(schema))
                : new GenericDatumWriter<>(schema, GenericData.get());
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.write(value, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + schema.getFullName() + " as Avro: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
