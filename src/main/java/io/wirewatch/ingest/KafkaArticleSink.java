package io.wirewatch.ingest;

import io.wirewatch.schema.RawArticle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Delivers to {@code news.article.raw.v1} through a {@link RawArticleProducer}; a refused article is reported. */
public final class KafkaArticleSink implements ArticleSink {
    private final RawArticleProducer producer;
    private final Consumer<String> problems;

    public KafkaArticleSink(RawArticleProducer producer, Consumer<String> problems) {
        this.producer = producer;
        this.problems = problems;
    }

    @Override
    public Set<String> deliver(List<RawArticle> articles) throws InterruptedException {
        return deliverChecked(articles).delivered();
    }

    @Override
    public Delivery deliverChecked(List<RawArticle> articles) throws InterruptedException {
        Set<String> delivered = new LinkedHashSet<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (RawArticleProducer.Outcome outcome : producer.sendAll(articles)) {
            if (outcome.ok()) {
                delivered.add(outcome.articleId());
            } else {
                problems.accept("wirewatch: article " + outcome.articleId() + " not sent: " + outcome.error());
                if (outcome.tooLarge()) {
                    refused.put(outcome.articleId(), "too large for the broker: " + outcome.error());
                }
            }
        }
        return new Delivery(delivered, refused);
    }
}
