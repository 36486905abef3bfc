package io.wirewatch.testing;

import io.wirewatch.serde.AnyValueDeserializer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reading what the pipeline wrote: values decoded through the registry, headers as text. */
public final class DecodedRecords {
    private DecodedRecords() {
    }

    /** A deserializer of any Wirewatch topic's values, configured with the client's registry settings. */
    public static AnyValueDeserializer values(Map<String, Object> client) {
        AnyValueDeserializer values = new AnyValueDeserializer();
        values.configure(client, false);
        return values;
    }

    /** The last header of that name as UTF-8 text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
