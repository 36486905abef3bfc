package io.wirewatch.topology;

import io.wirewatch.schema.RawArticle;
import io.wirewatch.serde.Topic;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The extractor: reads {@code news.article.raw.v1} (key: article id, value: RawArticle) and writes
 * <ul>
 *   <li>{@code news.article.analyzed.v1}: key article id, value AnalyzedArticle;</li>
 *   <li>{@code news.contact.event.v1}: key the sorted actor pair ({@code FRA|RUS}), value ContactEvent;</li>
 *   <li>{@code news.statement.v1}: key the speaker id, value Statement.</li>
 * </ul>
 * Records that cannot be deserialized or analyzed go to {@code wirewatch.dlq.v1} through Kafka
 * Streams' dead-letter queue (see {@link StreamsSettings}). Stateless for now: no stores.
 */
public final class ExtractorTopology {
    private ExtractorTopology() {
    }

    public static Topology buildTopology(WirewatchTopics topics, ArticleProcessor processor) {
        StreamsBuilder builder = new StreamsBuilder();

        // 1. Raw articles, keyed by article id; tombstones carry nothing to analyze.
        KStream<String, RawArticle> raw = builder
                .stream(topics.raw().name(), Consumed.with(topics.raw().keySerde(), topics.raw().valueSerde())
                        .withName("read-raw-articles"))
                .filter((id, article) -> article != null, Named.as("skip-tombstones"));

        // 2. Analyze each article once with the pure extraction library.
        KStream<String, Extraction> extracted = raw.mapValues(processor::process, Named.as("extract-article"));

        // 3. The analyzed article, under its id.
        extracted.mapValues(Extraction::analyzed, Named.as("analyzed-article"))
                .to(topics.analyzed().name(), produced(topics.analyzed(), "write-analyzed-articles"));

        // 4. Contact events, under the sorted actor pair so one dyad's history stays in order.
        extracted.flatMap((id, x) -> keyed(x.events(), DyadKey::of), Named.as("contact-events-by-dyad"))
                .to(topics.contactEvents().name(), produced(topics.contactEvents(), "write-contact-events"));

        // 5. Statements, under the speaker id.
        extracted.flatMap((id, x) -> keyed(x.statements(), s -> s.getSpeaker().getId()), Named.as("statements-by-speaker"))
                .to(topics.statements().name(), produced(topics.statements(), "write-statements"));

        return builder.build();
    }

    private static <V> List<KeyValue<String, V>> keyed(List<V> values, Function<V, String> key) {
        return values.stream().map(v -> KeyValue.pair(key.apply(v), v)).toList();
    }

    private static <V> Produced<String, V> produced(Topic<String, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }
}
