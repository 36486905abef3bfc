package io.wirewatch.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;

/**
 * A contract as {@code schemas/} writes it, whatever language reads it: the schema of a generated
 * class without the properties only Java's code generator adds ({@code avro.java.string}), shared
 * types inlined. This is what Wirewatch registers and looks up, so a client in another language
 * that registers or looks up the published contract finds the same id instead of adding a version.
 * The binary encoding does not change: those properties only choose Java's string class.
 */
public final class CanonicalSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAVA_STRING = "avro.java.string";

    private CanonicalSchema() {
    }

    public static Schema of(Schema schema) {
        return new Schema.Parser().parse(json(schema));
    }

    /** The canonical schema as JSON text; {@code pretty} for files people read. */
    public static String json(Schema schema, boolean pretty) {
        try {
            JsonNode tree = withoutJavaProperties(JSON.readTree(schema.toString()));
            return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) : JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite schema " + schema.getFullName(), e);
        }
    }

    static String json(Schema schema) {
        return json(schema, false);
    }

    private static JsonNode withoutJavaProperties(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(JAVA_STRING);
            // {"type":"string"} with nothing else left is the plain "string" it was written as.
            if (object.size() == 1 && object.path("type").isTextual() && object.path("type").asText().equals("string")) {
                return object.get("type");
            }
            object.fields().forEachRemaining(entry -> entry.setValue(withoutJavaProperties(entry.getValue())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, withoutJavaProperties(node.get(i)));
            }
        }
        return node;
    }
}
