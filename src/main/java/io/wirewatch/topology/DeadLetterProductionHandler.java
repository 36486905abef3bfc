package io.wirewatch.topology;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the extractor does with an output it cannot write. A value that cannot be serialized (one
 * over {@link RecordLimits#MAX_VALUE_BYTES}, refused by {@link SizeLimitedSerde} before the send)
 * is dead-lettered with the reason in {@code __streams.errors.*} headers (KIP-1034) and processing
 * continues. The dead letter carries the input record; when even that would exceed the producer's
 * {@code max.request.size}, it goes without its value (header {@value #VALUE_OMITTED} says why;
 * {@code wirewatch.source.*} still locate the input), and when it cannot fit at all it is dropped
 * with an error log and counted ({@link OutputFailures}, {@code wirewatch_outputs_dropped_total}).
 * A record the producer or broker refuses after the send (a topic created elsewhere with a smaller
 * {@code max.message.bytes}) has already aborted an exactly-once transaction: the thread fails, as
 * by default, with the topic in the log and in {@code /health}; at-least-once, it is dead-lettered.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    /** Streams setting (an object, not a string) through which the runtime hears of failures. */
    public static final String FAILURES_CONFIG = "wirewatch.output.failures";
    static final String VALUE_OMITTED = "wirewatch.dlq.value.omitted";
    /** Record batch and record framing, counted generously. */
    private static final int FRAMING_BYTES = 512;
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private String deadLetterTopic;
    private OutputFailures failures = OutputFailures.NONE;
    private int maxRequestBytes = RecordLimits.DEAD_LETTER_MAX_BYTES;
    private boolean exactlyOnce = true;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
        if (configs.get(FAILURES_CONFIG) instanceof OutputFailures given) {
            failures = given;
        }
        Object max = configs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (max == null) {
            max = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        if (max != null) {
            maxRequestBytes = Integer.parseInt(max.toString().trim());
        }
        Object guarantee = configs.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG);
        exactlyOnce = guarantee == null || !StreamsConfig.AT_LEAST_ONCE.equals(guarantee.toString());
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
            SerializationExceptionOrigin origin) {
        return Response.resume(deadLetters(context, record.topic(), exception));
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        if (exactlyOnce) {
            log.error("{} refused a record of {} bytes from {}: the transaction is lost and the stream thread fails;"
                    + " give the topic max.message.bytes {} or lower {}", record.topic(), size(record), origin(context),
                    RecordLimits.TOPIC_MAX_MESSAGE_BYTES, RecordLimits.MAX_VALUE_BYTES_SETTING, exception);
            return Response.fail();
        }
        return Response.resume(deadLetters(context, record.topic(), exception));
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetters(ErrorHandlerContext context, String topic, Exception cause) {
        if (deadLetterTopic == null) {
            return dropped(context, topic, cause, "no dead-letter topic is configured");
        }
        ProducerRecord<byte[], byte[]> letter = ExceptionHandlerUtils.buildDeadLetterQueueRecord(deadLetterTopic,
                context.sourceRawKey(), context.sourceRawValue(), context, cause);
        if (size(letter) > maxRequestBytes) {
            String why = "the input's " + letter.value().length + " bytes would exceed max.request.size "
                    + maxRequestBytes + "; it is at " + origin(context);
            letter = new ProducerRecord<>(letter.topic(), null, letter.timestamp(), letter.key(), null, letter.headers());
            letter.headers().add(VALUE_OMITTED, why.getBytes(StandardCharsets.UTF_8));
        }
        if (size(letter) > maxRequestBytes) {
            return dropped(context, topic, cause, "even without its value the dead letter exceeds max.request.size "
                    + maxRequestBytes);
        }
        log.warn("output to {} from {} dead-lettered: {}", topic, origin(context), cause.getMessage());
        failures.deadLettered(topic, cause);
        return List.of(letter);
    }

    private List<ProducerRecord<byte[], byte[]>> dropped(ErrorHandlerContext context, String topic, Exception cause,
            String why) {
        log.error("output to {} from {} dropped, {}: {}", topic, origin(context), why, cause.getMessage());
        failures.dropped(topic, cause);
        return List.of();
    }

    static int size(ProducerRecord<byte[], byte[]> record) {
        long bytes = FRAMING_BYTES + length(record.key()) + length(record.value());
        for (Header header : record.headers()) {
            bytes += header.key().length() + length(header.value());
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private static String origin(ErrorHandlerContext context) {
        return context.topic() + "-" + context.partition() + "@" + context.offset();
    }
}
