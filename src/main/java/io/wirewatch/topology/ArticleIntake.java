package io.wirewatch.topology;

import io.wirewatch.schema.RawArticle;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * First step on a raw article: refuses one that cannot be analyzed ({@link AnalyzingProcessor#check},
 * so it reaches the dead-letter topic with its coordinates in news.article.raw.v1) and stamps the
 * record with where it came from ({@code wirewatch.source.topic}, {@code .partition},
 * {@code .offset}), headers that follow it through the internal topics into any dead letter.
 */
final class ArticleIntake implements FixedKeyProcessor<String, RawArticle, RawArticle> {
    static final String SOURCE_TOPIC = "wirewatch.source.topic";
    static final String SOURCE_PARTITION = "wirewatch.source.partition";
    static final String SOURCE_OFFSET = "wirewatch.source.offset";
    private FixedKeyProcessorContext<String, RawArticle> context;

    @Override
    public void init(FixedKeyProcessorContext<String, RawArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        AnalyzingProcessor.check(record.value());
        context.recordMetadata().ifPresent(origin -> stamp(record.headers(), origin));
        context.forward(record);
    }

    private static void stamp(Headers headers, RecordMetadata origin) {
        set(headers, SOURCE_TOPIC, origin.topic());
        set(headers, SOURCE_PARTITION, Integer.toString(origin.partition()));
        set(headers, SOURCE_OFFSET, Long.toString(origin.offset()));
    }

    private static void set(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
