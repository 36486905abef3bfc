package io.wirewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.runtime.ContractFiles;
import io.wirewatch.runtime.IncompatibleSchemaException;
import io.wirewatch.runtime.SchemaRegistrar;
import io.wirewatch.testing.SharedCluster;
import io.wirewatch.topology.WirewatchTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

/** Wirewatch's contracts in the real registry: all register, and a breaking change is refused. */
class RegistrySchemasIT {
    private final Map<String, Object> config = Map.of(RegistryConfig.SCHEMA_REGISTRY_URL_CONFIG, SharedCluster.registry().url());
    private final SchemaRegistryClient client = new SchemaRegistryClient(config);

    @Test
    void everyTopicSchemaRegistersUnderItsValueSubject() {
        SchemaRegistrar.registerAll(config);
        assertThat(client.subjects()).contains("news.article.raw.v1-value", "news.article.analyzed.v1-value",
                "news.contact.event.v1-value", "news.statement.v1-value", "news.alert.v1-value");
        WirewatchTopics.valueSchemas().forEach((topic, schema) ->
                assertThat(client.latest(topic + "-value").schema()).isEqualTo(CanonicalSchema.of(schema)));
    }

    @Test
    void everySubjectHasItsOwnBackwardLevelSoClientsThatReadItRegister() {
        SchemaRegistrar.registerAll(config);
        WirewatchTopics.valueSchemas().keySet().forEach(topic ->
                assertThat(client.subjectCompatibility(topic + "-value")).as(topic).contains("BACKWARD"));
    }

    @Test
    void thePublishedContractIsFoundAsRegisteredAndRegisteringItAddsNoVersion() throws Exception {
        SchemaRegistrar.registerAll(config);
        Path dir = Files.createTempDirectory("contracts");
        ContractFiles.write(dir);
        String subject = "news.article.raw.v1-value";
        int version = client.latest(subject).version();
        Schema published = new Schema.Parser().parse(Files.readString(dir.resolve("RawArticle.avsc")));
        SchemaRegistryClient fresh = new SchemaRegistryClient(config);
        int id = fresh.lookup(subject, published);
        assertThat(id).isEqualTo(client.latest(subject).id());
        assertThat(new SchemaRegistryClient(config).register(subject, published)).isEqualTo(id);
        assertThat(client.latest(subject).version()).isEqualTo(version);
    }

    @Test
    void registeringIsIdempotent() {
        Schema schema = WirewatchTopics.valueSchemas().values().iterator().next();
        String subject = "idempotent-" + UUID.randomUUID() + "-value";
        assertThat(client.register(subject, schema)).isEqualTo(client.register(subject, schema));
        assertThat(client.latest(subject).version()).isEqualTo(1);
    }

    @Test
    void theGlobalRuleIsBackward() {
        assertThat(client.globalCompatibility()).isEqualTo("BACKWARD");
    }

    @Test
    void aBackwardIncompatibleChangeIsRejectedWithTheReason() {
        String subject = "compat-" + UUID.randomUUID() + "-value";
        Schema v1 = SchemaBuilder.record("Probe").namespace("io.wirewatch.test").fields()
                .requiredString("id").endRecord();
        Schema newRequiredField = SchemaBuilder.record("Probe").namespace("io.wirewatch.test").fields()
                .requiredString("id").requiredInt("severity").endRecord();
        Schema newOptionalField = SchemaBuilder.record("Probe").namespace("io.wirewatch.test").fields()
                .requiredString("id").name("note").type().optional().stringType().endRecord();
        client.register(subject, v1);
        assertThat(client.isCompatible(subject, newRequiredField)).isFalse();
        assertThat(client.isCompatible(subject, newOptionalField)).isTrue();
        assertThatThrownBy(() -> client.register(subject, newRequiredField))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.isIncompatible()).isTrue())
                .hasMessageContaining("409").hasMessageContaining(subject).hasMessageContaining("severity");
        assertThat(client.register(subject, newOptionalField)).isPositive();
    }

    @Test
    void theRegistrarRefusesToStartOnAnIncompatibleSchema() {
        String topic = "clash-" + UUID.randomUUID();
        client.register(topic + "-value", SchemaBuilder.record("Probe").fields().requiredString("id").endRecord());
        Schema breaking = SchemaBuilder.record("Probe").fields().requiredString("id").requiredLong("ts").endRecord();
        assertThatThrownBy(() -> SchemaRegistrar.register(client, topic, breaking))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining(topic + "-value").hasMessageContaining(".v2");
    }
}
