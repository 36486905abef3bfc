package io.wirewatch.runtime;

import io.wirewatch.serde.RegistryException;
import io.wirewatch.serde.SchemaRegistryClient;
import io.wirewatch.serde.Subjects;
import io.wirewatch.topology.WirewatchTopics;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Registers the value schema of every Wirewatch topic at start, so the registry holds each
 * {@code <topic>-value} subject before the first record and an incompatible schema stops the start
 * with the registry's reason instead of failing record by record. Each subject gets its own level,
 * BACKWARD: Apicurio answers a subject without one as NONE although it enforces the global BACKWARD,
 * and clients such as kafkajs refuse to register when the level they read is not the one they expect.
 */
public final class SchemaRegistrar {
    /** Set on every subject, so clients that read the subject's level (kafkajs) see the rule in force. */
    public static final String BACKWARD = "BACKWARD";

    private SchemaRegistrar() {
    }

    public static void registerAll(Map<String, ?> serdeConfig) {
        SchemaRegistryClient client = new SchemaRegistryClient(serdeConfig);
        WirewatchTopics.valueSchemas().forEach((topic, schema) -> register(client, topic, schema));
    }

    /** Registers one value schema; an incompatible one is an {@link IncompatibleSchemaException}. */
    public static void register(SchemaRegistryClient client, String topic, Schema schema) {
        String subject = Subjects.of(topic, false);
        try {
            client.register(subject, schema);
            if (!BACKWARD.equals(client.subjectCompatibility(subject).orElse(""))) {
                client.setSubjectCompatibility(subject, BACKWARD);
            }
        } catch (RegistryException e) {
            if (e.isIncompatible()) {
                throw new IncompatibleSchemaException(subject, schema, e);
            }
            throw e;
        }
    }
}
