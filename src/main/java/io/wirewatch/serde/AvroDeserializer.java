package io.wirewatch.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire-format Avro: finds the writer's schema by id in the registry (cached), then
 * reads into the reader's type with Avro schema resolution: a generated class ({@code specific}) or
 * a GenericRecord in the writer's schema. Anything not in the format, or an id the registry does not
 * know, is a {@link SerializationException} naming the topic and the problem.
 */
public final class AvroDeserializer<T> implements Deserializer<T> {
    private final Class<T> specificType;
    private SchemaRegistryClient client;
    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

    /** For a generated class; null for GenericRecords. */
    public AvroDeserializer(Class<T> specificType) {
        this.specificType = specificType;
    }

    AvroDeserializer(Class<T> specificType, SchemaRegistryClient client) {
        this.specificType = specificType;
        this.client = client;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.client = new SchemaRegistryClient(configs);
    }

    @Override
    public T deserialize(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        int id = WireFormat.schemaId(topic, payload);
        DatumReader<T> reader = readers.computeIfAbsent(id, key -> reader(topic, key));
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(payload, WireFormat.HEADER_SIZE,
                    payload.length - WireFormat.HEADER_SIZE, null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("record on " + topic + " with schema id " + id
                    + " is not valid Avro for that schema: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private DatumReader<T> reader(String topic, int id) {
        Schema writer = writerSchema(topic, id);
        if (specificType == null) {
            return (DatumReader<T>) new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        SpecificData model = SpecificData.getForClass(specificType);
        return new SpecificDatumReader<>(writer, model.getSchema(specificType), model);
    }

    private Schema writerSchema(String topic, int id) {
        try {
            return client.schemaById(id);
        } catch (RegistryException e) {
            if (e.isNotFound()) {
                throw new SerializationException("record on " + topic + " names schema id " + id
                        + ", which the registry does not know", e);
            }
            throw new SerializationException("cannot fetch schema id " + id + " for " + topic + ": " + e.getMessage(), e);
        } catch (RegistryUnreachableException e) {
            throw new SerializationException("cannot fetch schema id " + id + " for " + topic + ": " + e.getMessage(), e);
        }
    }
}
