package io.wirewatch.cli;

import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/** Small helpers over the Kafka clients for the commands. */
final class Kafka {
    private Kafka() {
    }

    /** The partitions of a topic; a clear error when the topic does not exist. */
    static List<TopicPartition> partitionsOf(Consumer<?, ?> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalArgumentException("topic " + topic + " does not exist on this cluster");
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }
}
