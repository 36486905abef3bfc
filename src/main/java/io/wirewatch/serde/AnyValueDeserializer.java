package io.wirewatch.serde;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * For people looking at topics: Avro in the wire format becomes a GenericRecord; anything else
 * (dead letters, foreign records) becomes its text when it is valid UTF-8, else base64. A value
 * framed with a schema id that cannot be read through the registry is reported to the warning
 * sink once per topic and id, so a wrong registry URL is never silent.
 */
public final class AnyValueDeserializer implements Deserializer<Object> {
    private final Consumer<String> warnings;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private AvroDeserializer<GenericRecord> avro;
    private String registryUrls = "";

    /** Undecodable Avro falls back silently (for values that may legitimately be raw bytes). */
    public AnyValueDeserializer() {
        this(message -> { });
    }

    /** {@code warnings} receives one line per schema id that could not be resolved. */
    public AnyValueDeserializer(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        avro = new AvroDeserializer<>(null);
        avro.configure(configs, isKey);
        registryUrls = String.join(", ", new RegistryConfig(configs).urls());
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
                warnOnce(topic, WireFormat.schemaId(topic, payload), notAvro);
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

    private void warnOnce(String topic, int schemaId, SerializationException cause) {
        if (warned.add(topic + "/" + schemaId)) {
            warnings.accept("warning: " + topic + ": values with schema id " + schemaId + " cannot be decoded ("
                    + cause.getMessage() + "); they are shown as raw text or base64. Schema registry: " + registryUrls
                    + " (the embedded one is http://127.0.0.1:<port>/apis/ccompat/v7; set --schema-registry-url)");
        }
    }
}
