package io.wirewatch.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: magic byte 0, the schema id as 4 bytes big-endian, then the Avro binary
 * encoding of the value.
 */
public final class WireFormat {
    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    public static byte[] frame(int schemaId, byte[] avro) {
        return ByteBuffer.allocate(HEADER_SIZE + avro.length).put(MAGIC_BYTE).putInt(schemaId).put(avro).array();
    }

    /** The schema id of a framed payload; a clear error for anything that is not in the format. */
    public static int schemaId(String topic, byte[] payload) {
        if (payload.length < HEADER_SIZE) {
            throw new SerializationException("record on " + topic + " is " + payload.length
                    + " byte(s), too short for the Confluent Avro wire format (magic byte + 4-byte schema id)");
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format("record on %s has unknown magic byte 0x%02x "
                    + "(expected 0x00: Confluent Avro wire format); it was not written by an Avro serializer", topic, payload[0]));
        }
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }

    public static boolean looksFramed(byte[] payload) {
        return payload != null && payload.length >= HEADER_SIZE && payload[0] == MAGIC_BYTE;
    }
}
