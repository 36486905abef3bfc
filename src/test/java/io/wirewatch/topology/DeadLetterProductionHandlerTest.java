package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/** What becomes of an output that cannot be written: dead-lettered, without its value, or dropped and counted. */
class DeadLetterProductionHandlerTest {
    private final List<String> events = new ArrayList<>();
    private final OutputFailures failures = new OutputFailures() {
        @Override
        public void deadLettered(String topic, Exception cause) {
            events.add("dead-lettered " + topic);
        }

        @Override
        public void dropped(String topic, Exception cause) {
            events.add("dropped " + topic);
        }
    };

    private DeadLetterProductionHandler handler(int maxRequestSize, String guarantee) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ);
        configs.put(StreamsConfig.producerPrefix("max.request.size"), maxRequestSize);
        configs.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        configs.put(DeadLetterProductionHandler.FAILURES_CONFIG, failures);
        DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
        handler.configure(configs);
        return handler;
    }

    private static ErrorHandlerContext source(int valueBytes) {
        Headers headers = new RecordHeaders().add("wirewatch.source.offset", "7".getBytes(StandardCharsets.UTF_8));
        return new ErrorHandlerContext() {
            public String topic() { return Topics.RAW; }
            public int partition() { return 0; }
            public long offset() { return 7; }
            public Headers headers() { return headers; }
            public String processorNodeId() { return "write-analyzed-articles"; }
            public TaskId taskId() { return new TaskId(1, 0); }
            public long timestamp() { return 1L; }
            public byte[] sourceRawKey() { return "article-1".getBytes(StandardCharsets.UTF_8); }
            public byte[] sourceRawValue() { return new byte[valueBytes]; }
        };
    }

    private static final Exception TOO_BIG = new SizeLimitedSerde.OversizedValueException(Topics.ANALYZED, 2_400_000, 1_500_000);
    private static final ProducerRecord<Object, Object> OUTPUT = new ProducerRecord<>(Topics.ANALYZED, "article-1", "analysis");

    @Test
    void anOversizedOutputIsDeadLetteredWithItsInputAndTheReasonAndProcessingResumes() {
        var response = handler(1_000_000, StreamsConfig.EXACTLY_ONCE_V2).handleSerializationError(source(5_000), OUTPUT,
                TOO_BIG, ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(letter -> {
            assertThat(letter.topic()).isEqualTo(Topics.DLQ);
            assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("article-1");
            assertThat(letter.value()).hasSize(5_000);
            assertThat(header(letter, "__streams.errors.message")).contains("over the limit of 1500000 bytes");
            assertThat(header(letter, "wirewatch.source.offset")).isEqualTo("7");
        });
        assertThat(events).containsExactly("dead-lettered " + Topics.ANALYZED);
    }

    @Test
    void aDeadLetterTooLargeForTheProducerGoesWithoutItsValueAndSaysWhy() {
        var response = handler(60_000, StreamsConfig.EXACTLY_ONCE_V2).handleSerializationError(source(100_000), OUTPUT,
                TOO_BIG, ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(letter -> {
            assertThat(letter.value()).isNull();
            assertThat(header(letter, DeadLetterProductionHandler.VALUE_OMITTED)).contains("100000 bytes")
                    .contains("max.request.size 60000").contains(Topics.RAW + "-0@7");
            assertThat(DeadLetterProductionHandler.size(letter)).isLessThanOrEqualTo(60_000);
        });
    }

    @Test
    void aDeadLetterThatCannotFitAtAllIsDroppedCountedAndProcessingResumes() {
        var response = handler(600, StreamsConfig.EXACTLY_ONCE_V2).handleSerializationError(source(100_000), OUTPUT,
                TOO_BIG, ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
        assertThat(events).containsExactly("dropped " + Topics.ANALYZED);
    }

    @Test
    void aRecordRefusedAfterTheSendFailsTheThreadUnderExactlyOnceAndIsDeadLetteredUnderAtLeastOnce() {
        ProducerRecord<byte[], byte[]> sent = new ProducerRecord<>(Topics.ANALYZED, new byte[10], new byte[2_000_000]);
        Exception refused = new RecordTooLargeException("The message is 2000100 bytes");

        assertThat(handler(9_000_000, StreamsConfig.EXACTLY_ONCE_V2).handleError(source(5_000), sent, refused).result())
                .isEqualTo(ProductionExceptionHandler.Result.FAIL);
        var atLeastOnce = handler(9_000_000, StreamsConfig.AT_LEAST_ONCE).handleError(source(5_000), sent, refused);
        assertThat(atLeastOnce.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(atLeastOnce.deadLetterQueueRecords()).hasSize(1);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String key) {
        var header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
