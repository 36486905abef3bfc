package io.wirewatch.topology;

import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A value serde whose serializer refuses values over a limit with an {@link OversizedValueException},
 * before the producer sees them: a sink hands the refusal to the production exception handler
 * ({@link DeadLetterProductionHandler}), a store to the processing exception handler, and both
 * dead-letter the input with the reason, where a record the producer or broker refused would abort
 * the exactly-once transaction and be processed again, forever.
 */
final class SizeLimitedSerde<V> implements Serde<V> {
    private final Serde<V> inner;
    private final int maxBytes;

    SizeLimitedSerde(Serde<V> inner, int maxBytes) {
        this.inner = inner;
        this.maxBytes = maxBytes;
    }

    @Override
    public Serializer<V> serializer() {
        Serializer<V> serializer = inner.serializer();
        return new Serializer<>() {
            @Override
            public byte[] serialize(String topic, V value) {
                return checked(topic, serializer.serialize(topic, value));
            }

            @Override
            public byte[] serialize(String topic, Headers headers, V value) {
                return checked(topic, serializer.serialize(topic, headers, value));
            }
        };
    }

    @Override
    public Deserializer<V> deserializer() {
        return inner.deserializer();
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public void close() {
        inner.close();
    }

    private byte[] checked(String topic, byte[] bytes) {
        if (bytes != null && bytes.length > maxBytes) {
            throw new OversizedValueException(topic, bytes.length, maxBytes);
        }
        return bytes;
    }

    /** A value over the limit: what, how large, and the setting that bounds it. */
    static final class OversizedValueException extends SerializationException {
        OversizedValueException(String topic, int bytes, int maxBytes) {
            super("value for " + topic + " is " + bytes + " bytes, over the limit of " + maxBytes
                    + " bytes (" + RecordLimits.MAX_VALUE_BYTES_SETTING + ")");
        }
    }
}
