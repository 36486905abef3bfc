package io.wirewatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.serde.AvroJson;
import io.wirewatch.topology.Topics;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Prints records read from Wirewatch's topics: one readable line per record by default, or one
 * JSON object per line ({@code {"topic","partition","offset","key","value"}}) for scripts.
 */
final class RecordPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintWriter out;
    private final boolean json;

    RecordPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    private static ObjectNode headers(ConsumerRecord<?, ?> record) {
        ObjectNode headers = JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
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
            ObjectNode headers = headers(record);
            if (!headers.isEmpty()) {
                line.set("headers", headers);
            }
            out.println(line);
        } else if (record.topic().equals(Topics.DLQ)) {
            out.println(ReadableRecord.deadLetter(record.key(), headers(record)));
        } else {
            out.println(ReadableRecord.describe(record.topic(), String.valueOf(record.key()), value));
        }
        out.flush();
    }
}
