package io.wirewatch.cli;

import io.wirewatch.serde.AnyValueDeserializer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wirewatch tail TOPIC}: prints a topic's records, decoded from Avro through the registry. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print the records of a topic, decoded (Avro through the schema registry; other bytes as text). "
                + "A value whose schema id the registry cannot resolve is printed as text or base64 with a warning on stderr, once per id.")
final class TailCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic, e.g. news.statement.v1.")
    String topic;

    @Option(names = "--json", description = "One JSON object per line: topic, partition, offset, key, value.")
    boolean json;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones only.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records (default: no limit).")
    long max = Long.MAX_VALUE;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop when no record arrives for this many seconds (default: run until Ctrl-C).")
    Long timeoutSeconds;

    @Override
    public Integer call() {
        if (max < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max must be at least 1");
        }
        Map<String, Object> props = cluster.resolve().clientProperties();
        RecordPrinter printer = new RecordPrinter(spec.commandLine().getOut(), json);
        PrintWriter err = spec.commandLine().getErr();
        try (KafkaConsumer<String, Object> consumer = consumer(props, warning -> {
            err.println(warning);
            err.flush();
        })) {
            List<TopicPartition> partitions = Kafka.partitionsOf(consumer, topic);
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            return follow(consumer, printer);
        }
    }

    private int follow(KafkaConsumer<String, Object> consumer, RecordPrinter printer) {
        long printed = 0;
        long idleLimit = timeoutSeconds == null ? Long.MAX_VALUE : Duration.ofSeconds(timeoutSeconds).toNanos();
        long lastRecord = System.nanoTime();
        while (printed < max && System.nanoTime() - lastRecord < idleLimit) {
            for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(250))) {
                printer.print(record);
                lastRecord = System.nanoTime();
                if (++printed >= max) {
                    break;
                }
            }
        }
        return 0;
    }

    private static KafkaConsumer<String, Object> consumer(Map<String, Object> clientProperties, Consumer<String> warnings) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        AnyValueDeserializer values = new AnyValueDeserializer(warnings);
        values.configure(clientProperties, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), values);
    }
}
