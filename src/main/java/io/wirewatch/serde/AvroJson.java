package io.wirewatch.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Turns Avro records (specific or generic) into plain JSON trees for people and scripts: unions
 * unwrapped, timestamps as ISO-8601 instants, enums as their symbols, bytes as base64.
 */
public final class AvroJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroJson() {
    }

    public static JsonNode toJson(Object value) {
        return toJson(value, null);
    }

    private static JsonNode toJson(Object value, Schema schema) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof IndexedRecord record) {
            return record(record);
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            Schema itemSchema = elementSchema(schema);
            items.forEach(item -> array.add(toJson(item, itemSchema)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            Schema valueSchema = schema != null && schema.getType() == Schema.Type.MAP ? schema.getValueType() : null;
            map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v, valueSchema)));
            return object;
        }
        return scalar(value, schema);
    }

    private static ObjectNode record(IndexedRecord record) {
        ObjectNode object = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            object.set(field.name(), toJson(record.get(field.pos()), nonNull(field.schema())));
        }
        return object;
    }

    private static JsonNode scalar(Object value, Schema schema) {
        if (value instanceof Instant instant) {
            return NODES.textNode(instant.toString());
        }
        if (value instanceof Long millis && isTimestampMillis(schema)) {
            return NODES.textNode(Instant.ofEpochMilli(millis).toString());
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Float f) {
            return NODES.numberNode(f);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof GenericFixed fixed) {
            return NODES.textNode(Base64.getEncoder().encodeToString(fixed.bytes()));
        }
        return NODES.textNode(value.toString());
    }

    private static boolean isTimestampMillis(Schema schema) {
        if (schema == null) {
            return false;
        }
        LogicalType type = schema.getLogicalType();
        return type instanceof LogicalTypes.TimestampMillis;
    }

    private static Schema elementSchema(Schema schema) {
        return schema != null && schema.getType() == Schema.Type.ARRAY ? nonNull(schema.getElementType()) : null;
    }

    /** The one non-null branch of a {@code ["null", X]} union, or the schema itself. */
    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElse(schema);
    }
}
