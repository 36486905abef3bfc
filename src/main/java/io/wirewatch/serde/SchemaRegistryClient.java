package io.wirewatch.serde;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A client of the Confluent Schema Registry REST API (also spoken by Apicurio's
 * {@code /apis/ccompat/v7}): register and look up schemas under subjects, fetch schemas by id,
 * check compatibility, read and set the compatibility level. Ids and schemas are cached, so a
 * serde's hot path makes no HTTP call after the first record of each schema.
 */
public final class SchemaRegistryClient {
    private final RegistryHttp http;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();

    public SchemaRegistryClient(Map<String, ?> config) {
        this.http = new RegistryHttp(new RegistryConfig(config));
    }

    /** A schema as the registry holds it under a subject. */
    public record RegisteredSchema(String subject, int version, int id, Schema schema) {
    }

    /** Registers the schema under the subject (idempotent) and returns its id. */
    public int register(String subject, Schema schema) {
        return cachedId(subject, schema, () -> http.post(subjectPath(subject) + "/versions", body(schema)).path("id").asInt());
    }

    /** The id of a schema already registered under the subject; RegistryException 404 when it is not. */
    public int lookup(String subject, Schema schema) {
        return cachedId(subject, schema, () -> http.post(subjectPath(subject), body(schema)).path("id").asInt());
    }

    /**
     * The schema with this id. Schemas registered with references (named types kept under their
     * own subjects, as Apicurio's and Confluent's serdes may do) are resolved through them.
     */
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, key -> parse(http.get("/schemas/ids/" + key)));
    }

    public RegisteredSchema latest(String subject) {
        JsonNode node = http.get(subjectPath(subject) + "/versions/latest");
        Schema schema = parse(node);
        int id = node.path("id").asInt();
        schemasById.putIfAbsent(id, schema);
        return new RegisteredSchema(subject, node.path("version").asInt(), id, schema);
    }

    /** Whether the schema may be registered under the subject; true for a subject with no schema yet. */
    public boolean isCompatible(String subject, Schema schema) {
        try {
            return http.post("/compatibility" + subjectPath(subject) + "/versions/latest", body(schema))
                    .path("is_compatible").asBoolean();
        } catch (RegistryException e) {
            if (e.isNotFound()) {
                return true;
            }
            throw e;
        }
    }

    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        http.get("/subjects").forEach(node -> subjects.add(node.asText()));
        return subjects;
    }

    public String globalCompatibility() {
        JsonNode node = http.get("/config");
        return node.has("compatibilityLevel") ? node.path("compatibilityLevel").asText() : node.path("compatibility").asText();
    }

    public void setGlobalCompatibility(String level) {
        http.put("/config", Map.of("compatibility", level));
    }

    /**
     * The subject's own compatibility level; empty when it has none and follows the global one
     * (Confluent answers 404 40408 then, some Apicurio versions a level of their own choosing).
     */
    public Optional<String> subjectCompatibility(String subject) {
        try {
            JsonNode node = http.get("/config/" + encoded(subject));
            String level = node.has("compatibilityLevel") ? node.path("compatibilityLevel").asText() : node.path("compatibility").asText();
            return level.isEmpty() ? Optional.empty() : Optional.of(level);
        } catch (RegistryException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Sets the subject's own compatibility level, which clients such as kafkajs read before registering. */
    public void setSubjectCompatibility(String subject, String level) {
        http.put("/config/" + encoded(subject), Map.of("compatibility", level));
    }

    public List<String> urls() {
        return http.urls();
    }

    private int cachedId(String subject, Schema schema, java.util.function.IntSupplier fetch) {
        Map<Schema, Integer> ids = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        Integer known = ids.get(schema);
        if (known != null) {
            return known;
        }
        int id = fetch.getAsInt();
        ids.put(schema, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /** The canonical contract, never Java's generated variant: see {@link CanonicalSchema}. */
    private static Map<String, String> body(Schema schema) {
        return Map.of("schema", CanonicalSchema.json(schema));
    }

    private static String subjectPath(String subject) {
        return "/subjects/" + encoded(subject);
    }

    private static String encoded(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Schema parse(JsonNode node) {
        Schema.Parser parser = new Schema.Parser();
        parseReferences(node, parser, new java.util.HashSet<>());
        return parser.parse(node.path("schema").asText());
    }

    /** Parses every referenced schema, depth first, into the parser so the referring schema can name them. */
    private void parseReferences(JsonNode node, Schema.Parser parser, java.util.Set<String> seen) {
        for (JsonNode reference : node.path("references")) {
            String path = subjectPath(reference.path("subject").asText()) + "/versions/" + reference.path("version").asText();
            if (seen.add(path)) {
                JsonNode referenced = http.get(path);
                parseReferences(referenced, parser, seen);
                parser.parse(referenced.path("schema").asText());
            }
        }
    }
}
