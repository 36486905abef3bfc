package io.wirewatch.serde;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * For people looking at topics: Avro in the wire format becomes a GenericRecord; anything else
 * (dead letters, foreign records) becomes its text when it is valid UTF-8, else base64.
 */
public final class AnyValueDeserializer implements Deserializer<Object> {
    private AvroDeserializer<GenericRecord> avro;

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        avro = new AvroDeserializer<>(null);
        avro.configure(configs, isKey);
    }

    @Override
    public Object deserialize(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        if (WireFormat.looksFramed(payload)) {
            try {
                return avro.deserialize(topic, payload);
            } catch (SerializationException notAvro) {
                // Fall through: show the bytes as they are.
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            return "base64:" + Base64.getEncoder().encodeToString(payload);
        }
    }
}
