package io.wirewatch.topology.state;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Function;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one format of the extractor's store values: plain Avro binary (no registry, no wire-format
 * header) of a record from {@code schemas/state/}, the store's own contract; only this application
 * reads it, and its changelog carries the same bytes. A store of a plain Java value maps it to and
 * from its Avro record ({@link #mapped}). Stateless, so one instance serves every task and thread.
 */
public final class AvroStateSerde<T> implements Serde<T> {
    private final Serializer<T> serializer;
    private final Deserializer<T> deserializer;

    private <A extends SpecificRecord> AvroStateSerde(Class<A> type, Function<T, A> toAvro, Function<A, T> fromAvro) {
        SpecificDatumWriter<A> writer = new SpecificDatumWriter<>(type);
        SpecificDatumReader<A> reader = new SpecificDatumReader<>(type);
        String name = type.getSimpleName();
        this.serializer = (topic, value) -> value == null ? null : write(writer, toAvro.apply(value), name);
        this.deserializer = (topic, bytes) -> bytes == null ? null : fromAvro.apply(read(reader, bytes, name, topic));
    }

    /** Store values that are the Avro records themselves. */
    public static <A extends SpecificRecord> AvroStateSerde<A> of(Class<A> type) {
        return new AvroStateSerde<>(type, Function.identity(), Function.identity());
    }

    /** Store values of type {@code T}, stored as the Avro record {@code type}. */
    public static <T, A extends SpecificRecord> AvroStateSerde<T> mapped(Class<A> type, Function<T, A> toAvro,
            Function<A, T> fromAvro) {
        return new AvroStateSerde<>(type, toAvro, fromAvro);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }

    private static <A> byte[] write(SpecificDatumWriter<A> writer, A value, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.write(value, encoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot write " + name + " as Avro: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static <A> A read(SpecificDatumReader<A> reader, byte[] bytes, String name, String topic) {
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot read " + name + " (Avro) from " + topic
                    + "; state written by an older version needs a reset of the application's state", e);
        }
    }
}
