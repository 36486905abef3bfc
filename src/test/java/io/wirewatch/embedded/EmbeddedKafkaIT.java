package io.wirewatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.testing.SharedCluster;
import io.wirewatch.topology.Topics;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {
    @TempDir
    Path dir;

    @Test
    void wirewatchTopicsExistWithTheirPartitions() throws Exception {
        try (Admin admin = Admin.create(SharedCluster.clientProperties())) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get();
            assertThat(topics).containsOnlyKeys(Topics.ALL);
            assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(3));
        }
    }

    @Test
    void transactionalWritesAreReadCommittedOnly() throws Exception {
        String topic = newTopic();
        Properties props = SharedCluster.clientProperties();
        props.put("transactional.id", "tx-" + UUID.randomUUID());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "committed"));
            producer.commitTransaction();
        }
        assertThat(readAll(SharedCluster.kafka().bootstrapServers(), topic, 1)).containsExactly("committed");
    }

    @Test
    void restartOnTheSameDataDirKeepsRecords() throws Exception {
        Path data = dir.resolve("kafka");
        String topic = "restart-test";
        try (EmbeddedKafka first = EmbeddedKafka.start(new EmbeddedKafka.Settings(data, 0))) {
            createTopic(first.bootstrapServers(), topic);
            Properties props = new Properties();
            props.put("bootstrap.servers", first.bootstrapServers());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "k", "kept")).get();
            }
        }
        long t0 = System.nanoTime();
        try (EmbeddedKafka second = EmbeddedKafka.start(new EmbeddedKafka.Settings(data, 0))) {
            System.out.printf("embedded broker restart on existing log dir: %.2f s%n", (System.nanoTime() - t0) / 1e9);
            assertThat(readAll(second.bootstrapServers(), topic, 1)).containsExactly("kept");
        }
    }

    @Test
    void aPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedKafka.start(new EmbeddedKafka.Settings(dir.resolve("busy"), port)))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining(Integer.toString(port));
        }
    }

    private static String newTopic() throws Exception {
        String topic = "it-" + UUID.randomUUID();
        createTopic(SharedCluster.kafka().bootstrapServers(), topic);
        return topic;
    }

    private static void createTopic(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(Set.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    static List<String> readAll(String bootstrap, String topic, int expected) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("isolation.level", "read_committed");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
            // A short extra poll shows nothing unexpected follows.
            consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
        }
        return values;
    }
}
