package io.wirewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.wirewatch.schema.ArticleFormat;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.testing.SharedCluster;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** Our serde against the real registry, and against Apicurio's own Avro serde. */
class AvroSerdeIT {
    private final Map<String, Object> config = Map.of(RegistryConfig.SCHEMA_REGISTRY_URL_CONFIG, SharedCluster.registry().url());

    static RawArticle article() {
        return RawArticle.newBuilder().setId("a-" + UUID.randomUUID()).setSource("INTERFAX.RU")
                .setPublished(Instant.parse("2026-02-10T00:00:00Z")).setReceived(Instant.parse("2026-02-10T09:30:00Z"))
                .setHeadline("В Кремле подтвердили возобновление контактов").setDateline("Москва")
                .setBody("Москва. 10 февраля. INTERFAX.RU - Текст.").setFormat(ArticleFormat.SEED_TEXT).build();
    }

    @Test
    void specificAndGenericRoundTrip() {
        String topic = "serde-" + UUID.randomUUID();
        Serde<RawArticle> serde = AvroSerdes.specific(RawArticle.class, config, false);
        RawArticle article = article();
        byte[] bytes = serde.serializer().serialize(topic, article);
        assertThat(bytes[0]).isZero();
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertThat(new SchemaRegistryClient(config).latest(topic + "-value").id()).isEqualTo(id);
        assertThat(serde.deserializer().deserialize(topic, bytes)).isEqualTo(article);
        GenericRecord generic = AvroSerdes.generic(config, false).deserializer().deserialize(topic, bytes);
        assertThat(generic.get("headline").toString()).isEqualTo(article.getHeadline());
    }

    @Test
    void anUnknownSchemaIdIsAClearError() {
        byte[] bytes = ByteBuffer.allocate(9).put((byte) 0).putInt(987_654).putInt(7).array();
        assertThatThrownBy(() -> AvroSerdes.specific(RawArticle.class, config, false).deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("987654").hasMessageContaining("does not know");
    }

    @Test
    void withoutAutoRegisterAnUnregisteredSchemaIsRefused() {
        Map<String, Object> strict = new HashMap<>(config);
        strict.put(RegistryConfig.AUTO_REGISTER_SCHEMAS_CONFIG, "false");
        assertThatThrownBy(() -> AvroSerdes.specific(RawArticle.class, strict, false).serializer()
                .serialize("unregistered-" + UUID.randomUUID(), article()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("404");
    }

    @Test
    void apicuriosSerdeReadsOursAndWeReadTheirs() {
        assumeThat(SharedCluster.registry().version()).as("Apicurio's 3.x serde speaks the v3 API").startsWith("3.");
        Map<String, Object> theirs = new HashMap<>();
        theirs.put("apicurio.registry.url", "http://127.0.0.1:" + SharedCluster.registry().port() + "/apis/registry/v3");
        theirs.put("apicurio.registry.auto-register", "true");
        theirs.put("apicurio.registry.use-id", "contentId");
        String topic = "interop-" + UUID.randomUUID();
        RawArticle article = article();

        byte[] ours = AvroSerdes.specific(RawArticle.class, config, false).serializer().serialize(topic, article);
        try (AvroKafkaDeserializer<GenericRecord> deserializer = new AvroKafkaDeserializer<>()) {
            deserializer.configure(theirs, false);
            GenericRecord read = deserializer.deserialize(topic, ours);
            assertThat(read.get("id").toString()).isEqualTo(article.getId());
            assertThat(read.get("headline").toString()).isEqualTo(article.getHeadline());
        }

        String otherTopic = "interop-" + UUID.randomUUID();
        try (AvroKafkaSerializer<RawArticle> serializer = new AvroKafkaSerializer<>()) {
            serializer.configure(theirs, false);
            byte[] bytes = serializer.serialize(otherTopic, article);
            assertThat(bytes[0]).isZero();
            assertThat(AvroSerdes.specific(RawArticle.class, config, false).deserializer().deserialize(otherTopic, bytes))
                    .isEqualTo(article);
        }
    }
}
