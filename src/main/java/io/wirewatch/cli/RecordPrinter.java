package io.wirewatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.serde.AvroJson;
import java.io.PrintStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Prints records read from Wirewatch's topics: one readable line per record by default, or one
 * JSON object per line ({@code {"topic","partition","offset","key","value"}}) for scripts.
 */
final class RecordPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintStream out;
    private final boolean json;

    RecordPrinter(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void print(ConsumerRecord<?, ?> record) {
        JsonNode value = AvroJson.toJson(record.value());
        if (json) {
            ObjectNode line = JSON.createObjectNode();
            line.put("topic", record.topic());
            line.put("partition", record.partition());
            line.put("offset", record.offset());
            line.set("key", AvroJson.toJson(record.key()));
            line.set("value", value);
            out.println(line);
        } else {
            out.println(ReadableRecord.describe(record.topic(), String.valueOf(record.key()), value));
        }
        out.flush();
    }
}
